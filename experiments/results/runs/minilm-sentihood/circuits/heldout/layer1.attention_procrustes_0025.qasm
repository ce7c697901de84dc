// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8445194470617619) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9c88ef97230dad1c87804bdf008edf61acf9ee2f4698955dbf7af47b5fa06dc0

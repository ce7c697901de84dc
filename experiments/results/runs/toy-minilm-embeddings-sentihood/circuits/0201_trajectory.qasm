// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4571962186607874) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 344d7525fd728d328a7d32ed50478db5164f750d04500e6ddb0b791d6e9dd23d

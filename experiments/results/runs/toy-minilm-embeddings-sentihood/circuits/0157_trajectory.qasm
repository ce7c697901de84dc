// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.011563595575864) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9d2000c526a65d28ad5a1b372d7cae894f7ff9a299debd7fc7d488eeb458d49

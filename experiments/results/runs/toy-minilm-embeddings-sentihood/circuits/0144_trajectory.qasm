// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9130639760862033) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e22c94feecbc29fdd51682acae90902a4c06f50ab49e62941394586263e2e015

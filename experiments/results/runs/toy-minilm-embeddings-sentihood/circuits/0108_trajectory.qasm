// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0363492504244634) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b47e31ee2c3e070fa96812140af9af2c93d69fb1893aa615c70069a96bc03f61

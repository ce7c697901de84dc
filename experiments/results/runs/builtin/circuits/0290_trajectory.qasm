// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9880272546611486) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f5df26d73f70bb2ea3c1667a0a56ad6a37d965e47051a4b68a931e8f43664eab

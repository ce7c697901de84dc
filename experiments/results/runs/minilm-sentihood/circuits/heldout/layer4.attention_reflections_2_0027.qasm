// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0213641267263438) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7bda2003f0f58c92a3562c34d9c8d31d53609d9ddd42378b255ab8f087ed89eb

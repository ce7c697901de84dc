// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.10865686580545386) q[0];
ry(2.1174258081868063) q[0];
rz(0.05664368791536667) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 25f4f7c1793977012f3fbaaaa66c1ea3bc0aa8da5d6552c97a3a7057a187ae88

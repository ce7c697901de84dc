// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4945993586675104) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 995bf65b32b85edcbbf4a599195ba2d887ffef48ae204d0d77cb468373eb318d

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0609764871692444) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aed0178092208c40829121437dd56990a2dc23bf6064418053879b4cfb5198ff

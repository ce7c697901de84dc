// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4192323475027704) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b46dd1747ce58e3b9a60d90eb16b5965946950dabbe7df74ac375c141d710057

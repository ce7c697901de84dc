// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.199743240986217) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 58cd938bd77b7c5639ffc986a0455a01714a114900f0297117487a515170557b

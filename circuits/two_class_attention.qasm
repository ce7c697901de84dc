// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.2652945924214527) q[0];
rz(-3.141592653589793) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6001ac46852e6b5223f8cbce3ac12b9986be4923e49a887bd79cbafcce002b1a

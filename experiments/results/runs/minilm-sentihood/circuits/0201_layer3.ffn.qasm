// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.9013572652704214) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c615e58e596eeea065d8fbb40860c33f38e6bbe816c829d9956f09333fb1c3d5

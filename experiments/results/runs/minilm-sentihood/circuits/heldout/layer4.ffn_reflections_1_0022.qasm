// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0232566531315404) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 80369cca1a093a0bf8f9e99c605170b19d143ffe2750a40b94c32de74c60da77

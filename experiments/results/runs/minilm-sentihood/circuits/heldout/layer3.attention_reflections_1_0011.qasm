// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.964112010708845) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ac17b4b319ac10469178f6baaef2330e0d381899e359e2c4f044f809ea952d06

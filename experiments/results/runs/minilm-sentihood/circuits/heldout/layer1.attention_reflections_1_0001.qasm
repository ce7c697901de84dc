// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.631881177151425) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb3c5690b4a5aa9a9a155a2d39f4a4ec999896a5110d762b2ea5a1415634ff0e

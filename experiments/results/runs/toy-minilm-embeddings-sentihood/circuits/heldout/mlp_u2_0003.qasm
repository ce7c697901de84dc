// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.10375636041579783) q[0];
ry(2.1388436574589003) q[0];
rz(0.05596225903006102) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 015465965823d222fe6fc73e5f4fb60e894b6f9941e1783fecfdb7599c5ed8e2

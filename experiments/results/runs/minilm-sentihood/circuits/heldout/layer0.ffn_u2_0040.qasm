// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.152326466169995) q[0];
ry(1.3201558234008726) q[0];
rz(-0.03805726227562101) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 10882dcad6f242a996444859e1d500a323c907bf5ceb5abe29add8fb374f9ec1

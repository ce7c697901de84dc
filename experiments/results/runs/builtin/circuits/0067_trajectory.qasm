// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1426635464310457) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d57dd4e2adf99bee860fb08cc9fa6321f5cb9b1b2fa7e87dfaa426b85adbbfd2

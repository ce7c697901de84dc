// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4163349649921693) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 78f76c6e788c6be2c5018eb2e5f2eddc1b33577e8402ac52c7a57ae0151e64c1

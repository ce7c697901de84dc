// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.993006736583065) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b2bdb43a54c926304f3167766f6ba46390340cace3fa85ef70425f0cf516f436

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20249406904955825) q[0];
ry(1.6933799534400256) q[0];
rz(0.02509913276585074) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 509a66bbceb0459171aa4ef109ae85ac2b2e153f75a8945de70a3fc80f25cf9a

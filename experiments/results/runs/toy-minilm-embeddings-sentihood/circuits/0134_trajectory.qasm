// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9895328797193035) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e6f5937ff939e13e9573f660b1f7de1e20aa1d257f4964909b7e01906e5f61f0

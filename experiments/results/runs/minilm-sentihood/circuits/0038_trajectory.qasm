// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5308663052031313) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5bb24c076bdaa56d18dbb482fc85c73f6e856fa53a292aafcc76b30252d2f226

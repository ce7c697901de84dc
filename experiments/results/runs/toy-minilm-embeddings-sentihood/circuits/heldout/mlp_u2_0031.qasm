// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.14330017221614533) q[0];
ry(0.6577463801730298) q[0];
rz(-0.11369398548559628) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5f698c20c11a0ddfae28487cb036eda1e2d87f31e24e5e017d874f36bd032358

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4870776052682912) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 973f90e736fe6b60e0037781f16637165e36232ce1e3881c38970694b2c806e6

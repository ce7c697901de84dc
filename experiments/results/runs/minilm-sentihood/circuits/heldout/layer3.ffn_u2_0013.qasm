// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.25202186807631577) q[0];
ry(1.2197350855914295) q[0];
rz(-0.08832133921334462) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e44a24d23147322181d70c5c09e2737bfae25df52ad09141f7290a6ac21234e6

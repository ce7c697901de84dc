// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1041035786055926) q[0];
ry(0.9975625699778772) q[0];
rz(-0.05660507475068988) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8f2e771a350e0de5336ff7c78b59860873bb81e36119ee5dc751d4e419124bbf

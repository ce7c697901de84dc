// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.172119673970802) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1c0f9592a9050ac979bad7ee754efb185c22946d199a562d827d35ef799a9adc

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2110429157294873) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 80e9c5c15250f8312d81113a668f42a1892c464ca032d341f01c73adc5f06b3f

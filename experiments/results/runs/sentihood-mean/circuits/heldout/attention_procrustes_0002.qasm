// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5656391747921283) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 88aab4610cb728b12141f34f92bbaa4f532b9fca56c3c6be0e35d0b271ab4dac

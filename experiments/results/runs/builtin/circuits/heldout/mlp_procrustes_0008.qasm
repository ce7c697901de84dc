// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4112965371887958) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0adc3b79c0bc301d00c8f62090b4914ff2bb563a0af72183f71c9e4caf5084d9

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8345131378685327) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 503e07cac76efd9ecffd9d617aac7d5ef174a31c33e6328c9d50d3b4f1f9cf0e

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.18197587584306954) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cf345f0f96355cb599570abd6be79b0e53b5ca5981e0f2efe686e295ff5e3679

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7738532484268524) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a03e9f38eae0320409f642999dc48999c9542252b3b3a2ffb51905047772f94f

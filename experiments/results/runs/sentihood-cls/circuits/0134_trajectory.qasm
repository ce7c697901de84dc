// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.34115682995091123) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6596e75ea7344eb98fb7cba58ed5331fcba3ecb2a6b5161c04d1f0a57554327a

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6499011708791228) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 02a4653adf0d8876cbc11498e9b4857269b02df7af6db937b279ed42d8c35053

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.21461259306434302) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 030d2ba04c8865aead4a7ac4962c2329bf32fa7237168d6c88c2cb5ef6d9df4b

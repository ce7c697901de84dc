// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3824401002033027) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 034f85a583bf9f31ce8a7236b2bc4f1c744a31a48c47c07281ddfca3999e42c8

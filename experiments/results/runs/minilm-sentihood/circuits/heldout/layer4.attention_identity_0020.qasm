// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6132729622184034) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3876766977ea79a41ae11678e44e4c25665e6c7b0d22b5c00793b053317bac79

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4821703768679086) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 56133dd31eacec1e60c2be47d76d3a73485461281b348d27478617d58cf56d86

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9169555281467678) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 901893fbf2f8e233f2e796aa7fb9cdee8d7d6daf5ade847b0b5b1da5b4de7748

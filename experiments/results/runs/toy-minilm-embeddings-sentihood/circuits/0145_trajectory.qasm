// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4823231260128975) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 72fa86265d5bac5ae0965ce56a609fdbc958dca2a567075ff45996052c714324

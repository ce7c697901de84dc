// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4341094418104507) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1ff8df303b44691455bd4d56e860bd225accec0a06fd717ee7231c542012792c

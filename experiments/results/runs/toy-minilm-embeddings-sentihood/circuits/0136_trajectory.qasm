// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2226937600830685) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2f8f953377a851c89f01b144459797bb4ea4e7f54e5bf7f70f22158e128b1b13

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.2739895909519292) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 95deb9c91a9822e6dbad2d06be0fa68ecd6fee6b417e664b1ff67ec6f9a7d688

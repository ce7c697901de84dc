// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5835215452032694) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b458bc97b5826d73acc0da191fdccf0b0fd482245fa531c064a8aaaa1f22bd95

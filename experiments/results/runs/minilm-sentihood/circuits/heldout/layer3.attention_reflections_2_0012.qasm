// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1410014066833316) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6ad68d6a21ee0b1a0eb3006faa1017b387149ba3f698b5fc083be7063cb67897

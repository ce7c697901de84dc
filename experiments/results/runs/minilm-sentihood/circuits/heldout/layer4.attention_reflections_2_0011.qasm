// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8747951160477043) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f44f92e1cc9d6f2620c595a9e6660f7a09d89247c1fdaae6c6419540b5dba839

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.276621882337184) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 87efe97ce17c01eaeb2354ba06ebc86228ee06e8351f31dbe2221817ba407af0

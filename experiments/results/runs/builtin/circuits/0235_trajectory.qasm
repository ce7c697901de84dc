// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6673066238348249) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d056f9eeaad2da809cea26a5937e429a51a8c5231e9fba60cd106d9f9eb28bcc

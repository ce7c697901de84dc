// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6215850495983304) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0c45e7dc71e72022b2f570aa6e7aaa49d7c79afcd7bae2416118fe50883dfc6e

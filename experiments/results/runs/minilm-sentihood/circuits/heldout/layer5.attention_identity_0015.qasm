// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.057233598793474) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5123ca39eb4fc5dca87c4fa97001d19a58f6434b99d851663502345d44663377

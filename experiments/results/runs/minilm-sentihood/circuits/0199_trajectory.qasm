// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1144560253884863) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1bc1ba035215c9c8ffff149c5aa89df999be2e8131dd0b6d949d00dec30e4459

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.808781408151792) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4485d108f4ce8dcd3668fb21c9ef8a3ff37f0b14b8fd564124a5269a7974485d

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6170414128191872) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e15208828a837944b5f6461bfdb1083c1127cf1290ecb7f659cbb6da06d90425

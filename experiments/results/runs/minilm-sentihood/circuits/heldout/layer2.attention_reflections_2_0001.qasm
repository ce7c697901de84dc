// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.62598640823996) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9c6185d76ac9dbea52f8a52766146321748442558957036b29ceb245eb8f080

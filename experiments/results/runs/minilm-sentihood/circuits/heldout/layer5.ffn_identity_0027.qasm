// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7926279148580228) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1094ac7e832a89bcea8666c8f659a81bcc2dd05fafc760a4e5e8a929a5f4aab

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0765978566475205) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d8b9335e5f5c09f61643419b57608c14124e74fdacd3870c9ebf8e767c8cc4ce

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3512047369714106) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c001889ea1a19d6d923bd0fc0c6f89db10d56c6bbbfa21c4f1622e7ee4ff396a

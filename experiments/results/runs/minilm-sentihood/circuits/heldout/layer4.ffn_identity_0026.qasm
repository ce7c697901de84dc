// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0799484850711027) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 937c3ac029412f264d26e2830f3f1965dfe57694b81aec82ff1c23da3716d07a

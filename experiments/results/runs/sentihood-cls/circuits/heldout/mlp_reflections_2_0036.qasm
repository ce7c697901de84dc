// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0597810500045428) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 41045f42fc3274c5eed0fc4353d89d8e7491aee76bd227be051dd6daa35a4b22

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.343228553089378) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 181e54270a5ec2be9c2da67cc4f327b411026d052949d89f882f7161863479bd

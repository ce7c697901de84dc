// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.977981769818391) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 56c2b2720867d9a46ca432c08edf8bd61dda2b0c1b66b4b20ebace1cf4a91cb1

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.525458930880561) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b7d78d52fe138e74301829a979d7886133dd8e2a3fe269c8f2f691eb177eea09

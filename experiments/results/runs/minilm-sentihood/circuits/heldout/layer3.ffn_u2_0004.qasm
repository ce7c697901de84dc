// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2859503415461897) q[0];
ry(2.1622568910511784) q[0];
rz(0.16248589782200495) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cf1521726d7b113c85cee37b0c4682179dcaaa8b5e39900e180718f1aff2f87d

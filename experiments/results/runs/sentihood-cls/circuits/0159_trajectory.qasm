// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.45846221108421387) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8e071e2285887de08ca7582bb304ad260d7ed2ab53523a81de81276f6ee82814

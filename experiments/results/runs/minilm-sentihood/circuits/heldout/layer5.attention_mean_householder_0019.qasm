// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.09963699729246372) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b5148d7a2c61d0b229b51ddc50756903a6e3bc0e5fc347457afff896e90ab014

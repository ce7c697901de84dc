// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5829264629425592) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fa499f6641416ed58117fea4784573840736caca80607325591aae7a231ac6d0

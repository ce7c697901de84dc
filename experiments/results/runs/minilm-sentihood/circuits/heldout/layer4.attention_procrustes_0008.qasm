// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0241133144895285) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d878e733ce2fd41c03b56bf76be31c9ae30f429b54d8c754d58af147f40525b3

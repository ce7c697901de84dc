// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3443402333952035) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0135709d4ed51ae4126badecd43759f9ee3ef8057cd7ded51e51976460d9ef3f

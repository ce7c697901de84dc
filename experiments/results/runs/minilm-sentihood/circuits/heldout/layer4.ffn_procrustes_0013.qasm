// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9095055321104215) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 60d622455f3ff8517d4632f1137431fc70fe2e59185ac8c233494db643b5ed8f

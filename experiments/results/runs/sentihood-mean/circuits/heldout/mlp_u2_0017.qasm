// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.41962737384563886) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45a3d43ac1f90a1d605bb50cc7534a45d827f3fb481c1bcbfcdffb9105013f98

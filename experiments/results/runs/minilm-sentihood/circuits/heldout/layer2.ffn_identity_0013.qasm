// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3167181609575416) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2df4a344fb0d03c8d7300277c400b526535c33eb62c70435d51686b67f67759a

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3824889519868748) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fe33577bb97057b23751e30a33d9e31d5a1123faac01d24e68e481dfa7c8c7df

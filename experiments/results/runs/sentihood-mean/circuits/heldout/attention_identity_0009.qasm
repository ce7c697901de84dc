// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5636830269148143) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 16eccf54d9d039c4b96d0c804cdfaa04ee704c21f81c7fb17f72365963ef9598

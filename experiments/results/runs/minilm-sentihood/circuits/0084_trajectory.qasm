// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8913440609145674) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9d7a23c0364b7ee656785232134dc48cc8a98287097c45318cfd8614217235ef

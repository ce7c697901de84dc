// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6306696814399726) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 41e09c414ee7721d3d9b1ae88875737193c35f1b2436f7a3b9e323480f618567

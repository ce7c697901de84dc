// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7539416752662023) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ee89548e5ce72205818535034418d0f8ad8804b56289e85e2dfc8b8386678ab

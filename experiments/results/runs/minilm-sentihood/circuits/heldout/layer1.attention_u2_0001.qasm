// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.556805978954042) q[0];
ry(2.558705455124779) q[0];
rz(0.47929755196320434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f2d70c1e2bb7bea819541e331bd64660a0c92951845ad1dbd80b5d2fd33b1148

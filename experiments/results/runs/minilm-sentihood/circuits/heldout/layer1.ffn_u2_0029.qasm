// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.35570221396570956) q[0];
ry(1.9728726305926276) q[0];
rz(0.14436920894093053) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 39c1de5478ff2afc5e8887e1b1fdd66070c27522ebeda027ef3ef293b60b240d

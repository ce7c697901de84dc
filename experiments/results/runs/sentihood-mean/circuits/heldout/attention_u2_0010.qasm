// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0273564268933768) q[0];
ry(1.506921933117921) q[0];
rz(-0.10526966958362838) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 549790e4a033574d4978183368c9c4b3ebf371ec01fcd7b4b14d3b14a889aadc

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24695814820454798) q[0];
ry(1.2794478815721653) q[0];
rz(-0.07228927316953859) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2053347ba009162e21e776413ad505534a85d80ee8b59052b39bdd762823cd66

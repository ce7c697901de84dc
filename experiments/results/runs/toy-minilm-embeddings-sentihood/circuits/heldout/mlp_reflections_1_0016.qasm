// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.4126268751085944) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b3dfd46eaa6ad0862a001a6e3ac505d84d2089ec79794f2486e21cbf787cc2b

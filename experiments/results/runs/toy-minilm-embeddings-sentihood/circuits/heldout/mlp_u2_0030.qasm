// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.100276537468405) q[0];
ry(3.0434866347322633) q[0];
rz(1.0983260289634433) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c58c102b92f36fa35c454239d08277c52e8e39e7bb9eb4a6e0c1b2d3ebb32fb4

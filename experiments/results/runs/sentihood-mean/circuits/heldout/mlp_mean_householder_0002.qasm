// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.03710873974991) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e1e22821f185d32d729148b327bedfa4e51c4b52c5880917db038bc855b4ece6

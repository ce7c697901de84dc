// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.769000613609063) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ad46c8064ada70c96923a4a7f660076027a4ddcc589df47c68f46c17931cf3fa

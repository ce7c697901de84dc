// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.5457723594675292) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 21c123157fc3a3904750b005d50b2997c3d068a1cea931e7c3ab661a61768d77

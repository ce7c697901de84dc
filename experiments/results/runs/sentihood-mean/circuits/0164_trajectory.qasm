// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4249787617189695) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 48aaa3fd074fd0c2f711641d78bf9b7172eec0301adac0e64052c77114c2f539

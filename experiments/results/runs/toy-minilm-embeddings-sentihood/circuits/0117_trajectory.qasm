// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8738586181824872) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 653ff8ba97bad300a12bd84b86c99033b2bf9182481cc2d5d3fd10f78c503c6b

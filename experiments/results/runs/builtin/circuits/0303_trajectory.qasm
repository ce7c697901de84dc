// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6776617130565021) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dcc4836a9b544083e9f1630eb41179df5166acbc4162f5ad01f32afbebaf4e2f

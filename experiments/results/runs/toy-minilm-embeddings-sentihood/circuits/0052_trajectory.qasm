// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.624459483640402) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 058ebaa86c1b3bb25f68421e5f4ed75a43aedfb40d798d983ffa6c57c9a83f8a

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6788375645814) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 430294917e9c9ae2cbf9d7a43afdcd6c95eda96acd154b75819bbb0b9d8a5419

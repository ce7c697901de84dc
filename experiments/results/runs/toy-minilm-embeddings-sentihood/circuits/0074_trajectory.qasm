// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5888390378056451) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2cb16a4bc9111484960e2ee83844ad909de037f99723f07eab28e73f9de64a43

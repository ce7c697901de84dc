// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.34531483676843955) q[0];
ry(2.107540039778946) q[0];
rz(0.18191000957556813) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 93a33be503bc1aeef07510b9e3060f8eadb18e66ae95453fb7fd852ca9d3ea14

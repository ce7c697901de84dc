// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.520771572323311) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b9b50a1ae2dde7dc22fa5d3d67ffcdbaae7559d7f1d4cc1042f2b4fdce9ac7c

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.661330003912678) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 797f5941e9f4210b8fadee94ec1a2ee33139d4f8a594853fa9d3d171c1e7b2e0

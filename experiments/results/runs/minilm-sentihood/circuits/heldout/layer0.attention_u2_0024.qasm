// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29907337170531845) q[0];
ry(1.7315319206748263) q[0];
rz(0.04930508440862713) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 519b402533195279bba627f1f53f03d0e0347567f6d23d2037faf0d1a33f44a4

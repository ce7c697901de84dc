// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8221207659528251) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 86c679904f886a7d8594a9d0f3eb374c61ac421b9b16d384fd02515bbed2fe0c

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9402546081625585) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dadf8c65fa2b9989779d3c2c758688a1cf8ffe6c315dfbe99d04d797c7b45eae

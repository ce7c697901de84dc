// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.1002766119258753) q[0];
ry(3.043486656548019) q[0];
rz(1.0983261045021084) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7368dc1cb33dafc234f1d1b231f41a54647ef7a1cbd917e09dc7983f260f0478

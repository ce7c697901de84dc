// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24591724237829338) q[0];
ry(1.9128894940446182) q[0];
rz(0.08400140128525946) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4db198c955ed1dc7aba17bf7b4cb768195698cbbd31a466358698ccf1516ea26

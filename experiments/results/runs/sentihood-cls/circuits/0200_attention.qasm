// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.26328737348816783) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0c9e0bfb54e42dc64da5c6ac3008bb157f4d6cf6de1a9e2ec1259306a6429aa3

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3898913759796736) q[0];
ry(0.870266614096256) q[0];
rz(-0.25894621420341757) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7050db5636d3e0eb7f2a40dab0be63626a885ce5ef3c3cf6ab39a1afb54543b8

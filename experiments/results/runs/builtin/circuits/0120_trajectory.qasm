// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5294089307183969) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5904b6149da7350da8666f93c04844c7498cdb3d9c56120eda1d189187ae708a

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.08348991912303072) q[0];
ry(2.604927786504169) q[0];
rz(0.07179635823708752) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3cec766844fd78857033806de2134f726337eabbeb1294b26acf96e3dc082a37

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4637503758797642) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5a8ef0509c241227dbcc4d4dd6b2acad10c206843cc8eead977297d2fcd78367

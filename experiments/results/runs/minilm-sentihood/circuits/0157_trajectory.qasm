// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.664185635520088) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b8c7978043c2ac6d594415018dc9f8e84e3b6d1b296ef1b83fd24f7e0681732a

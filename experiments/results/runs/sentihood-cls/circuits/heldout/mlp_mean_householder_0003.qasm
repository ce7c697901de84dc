// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6643962046898517) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ff37d91a5f722dc9d729d9ea8fae8b47240278b0c1745a899d10251d218a926a

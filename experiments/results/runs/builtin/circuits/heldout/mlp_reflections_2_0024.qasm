// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.54477375145367) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ce3aac08905fdf18fd01deda13863ec2fd230d20f757b7f9ccfae78a67611758

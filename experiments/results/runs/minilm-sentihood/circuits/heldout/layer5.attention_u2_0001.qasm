// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1516632296587188) q[0];
ry(2.481510681460316) q[0];
rz(0.12015072542850946) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 21dee41523611fda5e44d199494c8f8d07c63296b472cd92b56e82b36d67060f

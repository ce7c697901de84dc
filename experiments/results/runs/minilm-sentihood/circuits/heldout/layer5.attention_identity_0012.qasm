// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4760878532213373) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 65d40c76300b6416df64357e428fc9675b9096c388e7df87b463958390c247f2

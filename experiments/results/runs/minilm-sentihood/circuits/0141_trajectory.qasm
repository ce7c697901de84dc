// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3117784107932446) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b6a5128aa0cbfa86a4d3a80a18b3baa75817a41fdea98b3297b86a7e5e535f7d

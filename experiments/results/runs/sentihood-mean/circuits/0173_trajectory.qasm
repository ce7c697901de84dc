// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.754596473734524) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c545369d6ca55233cb4e404cb626547d43b9493c7edfd2d6ffcb9b212b8c65c0

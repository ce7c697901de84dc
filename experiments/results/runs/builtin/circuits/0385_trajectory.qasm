// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5127006475253864) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 551b81907d674b4780aad75f8ab1b6b19c9ccfb7c79d4eafa1e1db1c12a0d919

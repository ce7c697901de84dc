// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.15982266956774) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 68e045b32dd95bcc41b9c51b9dc8971303fc27f9c2e5584b1bf7e3a6e26ae871

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24255890194962682) q[0];
ry(1.7954176269759596) q[0];
rz(0.05505629024263614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45c67838f9de08e849c2b09b7eb9c9194732bcb3bcc551cda39fdfc3de378c83

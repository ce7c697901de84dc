// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3465278695634608) q[0];
ry(2.88161837078423) q[0];
rz(0.3357520586313161) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 30f0d58068905b1ac8d401ded3dd25b6cb4bec63ce6f72c33b5f80ebd936385b

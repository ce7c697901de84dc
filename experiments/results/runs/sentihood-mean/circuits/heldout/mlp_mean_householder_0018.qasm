// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.6920786753303645) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f0a86e3a8a34ececd095093b93f9361d83f1daac229cf9aca34e27b9e03b6383

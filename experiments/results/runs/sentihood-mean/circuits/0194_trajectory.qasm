// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1651500683542435) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb243cc3d6a7e4d5d5334179a7a76494d43395b6cc9778f4561fe6edc0879e1b

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8165165955283595) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 67292019f07397309bbfb7e01971c3c56df452468a17b4902c2f32c492d588d5

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3037967477155523) q[0];
ry(1.330886608456753) q[0];
rz(-0.07435523685107803) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d65722e526d5d6ee62a17116c45be8feacf9e7ef46cc781cb8e0653d58bbb702

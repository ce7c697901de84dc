// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9053136256406091) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b12f2ad675b14e13d6820bde9882d2e47fdf41bff871a4f6a44ba22b83d76d75

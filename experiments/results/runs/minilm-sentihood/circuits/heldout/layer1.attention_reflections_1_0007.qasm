// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.028270191771755) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 813c3c3b8930b08c4f5e7354b17ea05035edb4cb2a2778cba5b24f4d7622723f

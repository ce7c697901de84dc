// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3614459665611853) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0862842b6f258e0714d27ebf77ed93876bd66b04874e097344b66d7dfdd4eeb9

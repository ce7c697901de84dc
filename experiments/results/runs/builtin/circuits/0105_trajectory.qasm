// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4164086020297186) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a7d08d036a9148a6ba0a7d23dfe9912d93cf6d4e35d0f1ae836e318a01573474

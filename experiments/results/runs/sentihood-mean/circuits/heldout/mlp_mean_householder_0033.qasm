// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9848856163851651) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a623e707ec43c87b350bd497f0db7854284c4ed9a50f3b7c3e007cfc395faecc

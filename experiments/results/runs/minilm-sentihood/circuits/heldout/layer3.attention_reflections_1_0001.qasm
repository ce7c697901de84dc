// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.493426303538995) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e3a69c9c299d3546187cfbf77baaacf6f92efa461c7442a9f479b9ea70988717

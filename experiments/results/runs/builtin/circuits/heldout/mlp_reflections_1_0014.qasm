// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.6082032767840233) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9888cd92b7fd6a5fc772522bc5b11662fec30e771160dc714eeb1c01a5940a12

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.7987450777056933) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 10b4fd21d0e7054f8159a9ee097504fa45ce802b3647a4aa850fd5d5e55a0b92

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.597881192801041) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45981a216d42ca6882abe60c7c82ab26f30a9e53b9673e6e9460a6027af616c5

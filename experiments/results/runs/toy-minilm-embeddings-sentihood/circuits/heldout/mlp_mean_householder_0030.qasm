// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9154595247683148) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6282342a5b110fa54c4d82d305196832b569211a9380cb030d4e607150169b50

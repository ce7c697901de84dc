// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0686706619999673) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f96a6d74c66b9e729253a5874f094e9c45cd1f000ad6de1a9c8acac377463b4b

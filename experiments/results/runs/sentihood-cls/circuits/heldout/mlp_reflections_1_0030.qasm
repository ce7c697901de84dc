// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.792951470623816) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 640c0c20d424da45162e2aacae243285355aeff7e63f3579b4b0c8c48bfc998d

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.15747606274062065) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fa5d5ae2a249e2160eda76e9cdb393dfab5f71b82397240d133d3e8da4077bf7

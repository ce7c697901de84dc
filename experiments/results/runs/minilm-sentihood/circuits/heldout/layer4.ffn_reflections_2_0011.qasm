// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6251793783374961) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 308ec11383ae844bbbf4026b966503fa4ad7ffe0f6c22c6221189f262bd0f6cc

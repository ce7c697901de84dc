// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.038465846182432) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a03ed639702d5c8985035b9b44bbcc4f961f99ea7cbf05f5995c581206cbce0e

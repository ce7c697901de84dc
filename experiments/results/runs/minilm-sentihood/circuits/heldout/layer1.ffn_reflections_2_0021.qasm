// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7040236268341165) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 334708ad88875106dee602160bf7f768c5a584d57ebbf90040fbd01af57b09c0

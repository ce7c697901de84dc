// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.43993936680083434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f5da553ed5854cbc1e75baac670c0d3bce7cc267991fa8e96a7c8f9d54b38653

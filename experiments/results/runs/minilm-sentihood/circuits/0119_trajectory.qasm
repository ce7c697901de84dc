// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9465540534557383) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 081b002845d6ac57c9189ad7be4cec7cd76560e6785a9700962798c424c18415

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5255042171927482) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fdead650f06f8d4d5b099633f0c53ce8aaf5b8788782a7734f56e26b8ead7e13

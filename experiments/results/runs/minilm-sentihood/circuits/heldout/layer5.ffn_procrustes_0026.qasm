// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7539674112708106) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e9354c1841bbb3208c74d4167a335535a3342dea1a7b5ad6cf7665d8a087f6b8

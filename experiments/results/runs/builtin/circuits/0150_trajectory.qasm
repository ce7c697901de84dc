// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6735716427575866) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ee8c18e73a8ec0bca3d76b116833118a2e321cdd6fdc1ddcde95c5c401fe273b

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2409916519228126) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 462641a3fd62dfc530871746e67d0e2b59565d9791c1b049be9d871a086ae503

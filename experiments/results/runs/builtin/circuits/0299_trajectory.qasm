// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.474408653310456) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c07d954ce969ee3318c9dbfe7c3ef34d1a7639b0e6d8d63cb5e2b190cacdecd5

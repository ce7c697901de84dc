// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.27959309603970434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6d9c473cef6b5ecfa94ca1adcde6cf533ae948dd69f4e6acdafe0d1ecf3d79c6

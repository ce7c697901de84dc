// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.36242007392668485) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3461476c33442bfcb8bbf861ac5572f90cc6e35cb26374cd6caa71fdfdefe32e

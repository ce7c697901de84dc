// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.42329709870234017) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 609a63b3a160f2c99dd7c5717d03b8a08c3f06a48ca13df36bcf99367dbf9896

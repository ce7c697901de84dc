// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4162558540393684) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 143682d2c362f0cef3fcfb7d4fe2492e5f889d1ee77e0b1083ababb4b12e36c2

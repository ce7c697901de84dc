// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.359440116922319) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 17825183ce2c6c41f2d75f8ab65eca136a9ac369749b1775ae8862572da7db9f

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8704760948158121) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4d49e287097b0ae2a35075df937ba1db459f80104ec3f30b3d902bf6df1363e8

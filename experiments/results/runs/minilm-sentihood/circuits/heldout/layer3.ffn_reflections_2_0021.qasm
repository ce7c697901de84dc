// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6349061289292112) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 068802bbf59a83476882c5719dbb045be1af16c963f660f0a87a64b7fde333dc

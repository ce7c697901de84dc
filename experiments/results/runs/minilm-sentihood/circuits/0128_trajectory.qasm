// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3515802251718483) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1e812d95be338230b2697c8aef3778c12d11e6950c6e9c5d16662d31c5034d73

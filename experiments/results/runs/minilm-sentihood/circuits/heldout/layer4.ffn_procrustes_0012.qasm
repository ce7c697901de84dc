// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3136667910052502) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 992d85568692eeee5018391b0df3cd63edd7dee2c91cfe1ad5d65b46e2aead9e

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.1684672439945411) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c2334abc14424f1e8d22d009df6d557b634ee57244b3194f99fbd0447f8962d7

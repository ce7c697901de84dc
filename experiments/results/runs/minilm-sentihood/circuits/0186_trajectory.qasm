// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6326820416114032) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cfc19d9e2e91ee8a55e65455e3fe6e056605f7e3397f0601d043461e08fe0e8c

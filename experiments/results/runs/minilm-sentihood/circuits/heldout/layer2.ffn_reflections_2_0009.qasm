// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8009160612334718) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 363a97f4e8195d1ff909fa3259248eb2c9f6e43b6d293b3d2ab415427cb3f601

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7738534081156206) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5dfc751844ff143905e07fd6feb21cbb81a5e8fbddc21b89cd2c5b193beed37c

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9250156941986973) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 74ad0bae17962231eb3d68b8635fccf9bfacb702e7909d5cfda30c75f455d315

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0213737250429806) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7bbda8812febfe628b51ae41cc1f23c2d189b79f90c97c60cdda5d9b71898172

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8440071835528373) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e927c709e43f918d935019d63de0729141f109eaf8d0534d80800affd25f8c4

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5493523235466187) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 592a7c181535507c18a30106b5c4be9850acda8e656065124d7aa67cb4843c8c

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.35748012850692534) q[0];
ry(2.708044616217781) q[0];
rz(0.326815100390923) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7b8170f15fb64fa0856a9fee5f29a48aadcf1d1d371c6cd4af2e8c8429bb9de8

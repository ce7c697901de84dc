// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2861370046542109) q[0];
ry(2.1930879264886007) q[0];
rz(0.16984279505723832) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e3a04903a8032e41f1cdec98dfe56e9ceabbf1d74faa7307c6270e8183c87498

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.19424169191592178) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 830fe1bbca1ea4bc9a9f385c62c8f651b074d33b79feda27a272d3540c1d240d

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.12001517251813754) q[0];
ry(1.3623641230314292) q[0];
rz(-0.02494904243892071) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d417d31074271481eb9375ab721c15fe46a417d7d98387b7b202ce9d32db3fa7

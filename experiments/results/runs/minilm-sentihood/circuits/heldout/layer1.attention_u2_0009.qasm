// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3323368237957456) q[0];
ry(2.040683984987813) q[0];
rz(0.15501985227616588) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 977eff2240bbc9afaea4a98f4fa5fc31f821c84389180e07d3e77874b97e9905

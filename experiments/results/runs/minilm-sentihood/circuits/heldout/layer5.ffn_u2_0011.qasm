// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2319965946577689) q[0];
ry(1.6419389908658653) q[0];
rz(0.016791730460112397) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1d52c1a165ecf105421d738428d87297dc831f8b3d270aa2a1a76a9aacb3591a

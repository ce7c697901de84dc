// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.14757006670885797) q[0];
ry(1.5945613634907072) q[0];
rz(0.003532341845944309) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d8a7716b898ea117997c135780d0a38602b729f0f07d52aee52c33bf282016df

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23521347691589067) q[0];
ry(1.7495035105758148) q[0];
rz(0.042573741647162766) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 771bb36ba9ba6b152ac942124dd3528b242583d199a02ebdcd64082e8f7cd36a

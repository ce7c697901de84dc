// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.571847424709645) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ae9a62aacfca1764d18b471167b25893eca69874b79e679cfd683f24f685db30

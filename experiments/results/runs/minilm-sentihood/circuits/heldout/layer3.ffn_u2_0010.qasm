// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.27956807794003335) q[0];
ry(1.0132676746226645) q[0];
rz(-0.15074266525204516) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f6062a272585f499a6663c418cec0abef7b4c7a4ebe1de1b38afd21a07b92192

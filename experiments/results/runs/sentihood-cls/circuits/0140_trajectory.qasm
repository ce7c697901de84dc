// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9246052710074872) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1ef2c34343114676a6983ce2df0219671aa990f406237b06b60e34182e96240f

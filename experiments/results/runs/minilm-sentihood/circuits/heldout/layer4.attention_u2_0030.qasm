// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2187567034156208) q[0];
ry(1.9741104002220262) q[0];
rz(0.08703099834819117) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dccfa9bdf48ec40d0ac343dc0b6d3d6c1716c6e5b70af92b1cc583976eb5c256

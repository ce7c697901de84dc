// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3266033439678493) q[0];
ry(1.617627691712973) q[0];
rz(0.015856253371761664) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ca93e4383fbe205a6d0ee197349668e933d2ccdea131f096d71f5bb007725133

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.05065969287524785) q[0];
ry(2.140637951604454) q[0];
rz(0.027347423843305574) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc6cc4e34c759dc6616d659e3972ea3fe469689dfd09467fd722f12220048be3

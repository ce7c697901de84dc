// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0338095739789317) q[0];
ry(1.4621702175936944) q[0];
rz(-0.18012792336729833) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a82cccd51a63924d3bab76ede983c302ad2f63b24049ee73072383556419dbf3

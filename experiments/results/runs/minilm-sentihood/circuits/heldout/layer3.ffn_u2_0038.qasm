// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24695802116572096) q[0];
ry(1.2794478312351012) q[0];
rz(-0.0722892466535674) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 132e59ea1d544a950b31355e3ed351509ea1258298942062ecdc14e10c337745

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.168207921420715) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 61bff18e5b756e6441d46593fb0a741c058a297a3d989e7c3a4e9723997ba1f3

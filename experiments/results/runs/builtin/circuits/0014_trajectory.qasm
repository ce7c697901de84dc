// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5050622231492516) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c49a7c6ca6a9f7bcd2ac43fb1d3d420ea62cdee822c7c3d43c2a16b42acf76c2

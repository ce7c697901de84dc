// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8217128760070304) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c51dad1f94e7c7f947375bf74f43b00d3790a4c504304a135ce0bef4f7773b11

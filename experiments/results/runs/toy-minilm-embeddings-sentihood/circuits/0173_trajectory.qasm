// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5832131390253519) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 67a6514e83168623ffbffaff50c1b408baa264fb49e56af3964bfe61880f3258

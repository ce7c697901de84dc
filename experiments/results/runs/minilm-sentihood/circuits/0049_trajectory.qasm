// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.904432543029461) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f25571bffb4b5e03a46e879d0798826fdf2c83d137221013952b6a120c35b36e

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.33520282702723914) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 03f1bf96e37525a1fc356d9e345b017cfd8042e1cc112d6c377ce0bd9d90ee7d

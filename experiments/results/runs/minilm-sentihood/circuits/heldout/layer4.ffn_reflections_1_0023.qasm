// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5085889459372956) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 68db485935afa79fb13db96de83ee0c8e332bc04cef240c747f09f97691ec196

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.2688774474445961) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 36bb5e77a2c4ab128a1e3790274cf1e917d8b8c5bbb26851fb7fac3bb9b4790c

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.09337008716801032) q[0];
ry(1.4578273390517373) q[0];
rz(-0.010555805104091043) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6d1683f40ec7e8338f28f30ab1885b410e353d94cd64a0ddcd5d0f9937d7765c

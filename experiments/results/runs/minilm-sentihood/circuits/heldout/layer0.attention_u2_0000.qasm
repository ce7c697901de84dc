// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29546923724504603) q[0];
ry(1.5217250795301374) q[0];
rz(-0.014929147264416187) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d45bce80357095ddc0e5e3c78c6860c065a83ff039f27db489a10ed889459ec9

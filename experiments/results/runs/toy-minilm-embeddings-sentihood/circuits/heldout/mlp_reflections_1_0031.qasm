// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6489323080329096) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 daa42456fd922336859a895a703bf4d8f925245bc1d4f913eb39c0bd7cc46d30

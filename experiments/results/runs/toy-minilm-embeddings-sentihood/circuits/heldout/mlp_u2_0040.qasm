// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2784904616202195) q[0];
ry(0.32317891622831824) q[0];
rz(-0.2647542712627833) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d7ed333ed0af482a38f2043bed008a56e60f3f2dd254ae1d3c89ff0ac0b9a94a

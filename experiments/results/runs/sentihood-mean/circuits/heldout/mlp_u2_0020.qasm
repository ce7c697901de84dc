// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7626992226137284) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 645145adce3feabe1ab2de833ce9bacc9fe3c89b4b1792990f8d705f01e6e766

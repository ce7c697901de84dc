// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4995784686512699) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 778e618ec888914bce144e3aba18f886fa341535a3cd710a97d70e7ea9054d2f

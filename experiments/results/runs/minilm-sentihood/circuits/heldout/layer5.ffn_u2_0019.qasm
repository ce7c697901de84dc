// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2344353628010487) q[0];
ry(1.7304637983379696) q[0];
rz(0.037952816728358485) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a47956b1b17c092a60302c50c410c4558e49a321b33781e44e3611032a348eeb

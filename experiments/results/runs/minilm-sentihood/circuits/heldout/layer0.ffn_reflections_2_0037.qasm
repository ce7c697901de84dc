// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2267841936926063) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f13777d2819287610d27560d7dfa59c208104a66a660797070bfdea1a421337d

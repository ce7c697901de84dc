// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.400300432650492) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b2256c408d149db140fb09f9afefaf00e371d615499cfbceece9df26ff2c5203

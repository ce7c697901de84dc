// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.6054182276138138) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2ea0b1e53176053bdb24fb3f282b1fd92a82e1e07a96bbfd7408d3336c5a28a0

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.5640838998143576) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 04d0205592de33875501f7e9f840fdeaad86ede2e62ff076af4a8fec1fd8fe20

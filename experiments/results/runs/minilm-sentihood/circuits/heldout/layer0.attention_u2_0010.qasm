// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.295706969573839) q[0];
ry(1.5077342013032289) q[0];
rz(-0.019196070800088005) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6bbcc103274fbbd9248311b58908cfc94c1f799d73598fcf42ead352108a7636

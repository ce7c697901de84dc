// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.129794170445893) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ae1c577379a437bfe88be1acaabf9288ab73793327276e5e1b2b87f324be29c4

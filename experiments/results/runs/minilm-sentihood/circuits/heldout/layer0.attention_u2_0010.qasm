// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29570835714198296) q[0];
ry(1.5077341290327988) q[0];
rz(-0.019196188289853033) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d470f29e8824e4408c0fb929ac336504030f1d03ce5dca7a83a300037ffb3a80

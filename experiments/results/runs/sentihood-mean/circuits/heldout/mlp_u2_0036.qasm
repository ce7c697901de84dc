// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0949626092733364) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7fcfcdbb3e1d2903a52a6beeed9658002aa53d951b2c0c5e4d41b6d2395165d9

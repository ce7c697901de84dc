// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7695461431512056) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2bd30e037674b564148930653a90110b6647dd546ec19df91cf7b268da1bed77

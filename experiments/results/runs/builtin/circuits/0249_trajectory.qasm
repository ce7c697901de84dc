// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5822096383144229) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2bd7d98c663bf54abd78d9693ae145203f70db9aea3417164e19a34bbd38687

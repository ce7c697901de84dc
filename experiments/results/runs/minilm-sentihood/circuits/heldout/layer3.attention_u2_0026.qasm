// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20649682297853644) q[0];
ry(1.3858095666133674) q[0];
rz(-0.038511864340646795) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cd4431ce134e61836abb249ca51a3cd9ac767b62d74cb122475ddd5cc24dd1bf

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3461427884595891) q[0];
ry(2.5055458057357365) q[0];
rz(0.282382698128103) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 21ce9f9d1675caf24a70103dd439f4e8ab4a8d8e195bd065a8bac1219da971aa

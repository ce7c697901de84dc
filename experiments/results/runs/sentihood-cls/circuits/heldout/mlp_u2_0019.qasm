// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.13198236759620574) q[0];
ry(2.0440398678057585) q[0];
rz(0.06043241937579147) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3e82c2cdb7907df46b419bc6b1738288258324c5ce38d698e4294c1d57a98f2c

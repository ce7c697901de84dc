// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.948536363869549) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fe28fd06c48963916df2f0b1e211853deb38b649c335797e68cbc5f9c5e9399d

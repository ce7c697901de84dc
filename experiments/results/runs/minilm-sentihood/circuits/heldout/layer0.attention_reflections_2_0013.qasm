// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6897644970795485) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9ec9d1a93e01344837ee76f5fb856d3f36247a5a754531e0641f94b099deb121

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.540544183626927) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c5a7756c27ebbda88cf8d6b1cef218b10a7fad5263a7b2447e6e697e9827988d

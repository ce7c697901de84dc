// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6828749766791038) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 79a5ae7458ed35a497c60d496da99de685385f81ee2e3268fd034c1f7c3dabdf

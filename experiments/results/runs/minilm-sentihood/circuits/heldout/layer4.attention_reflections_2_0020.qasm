// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.599112612936979) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b880826e91eff7ab56c6d27048289f8945131e1a02989a76bbc551b31dbebfcb

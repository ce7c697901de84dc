// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1770679706985) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 94ad7dc24c9bad707ca444c9700d93be09749cd1870b78571fdd6c1736dbffc1

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3908338118134682) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5cb11dbe049dacbbad3c04aaae30f0057afed7eb6019512d9699bf340693700d

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6433803597763668) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 82cc3183ee2f4b937aaee0363b2bb7395ea010934186db65f7fb68a36de2c35f

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.498625394399305) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7032f898c497507adc6a56fba3fba8e55a750fdfa21f3a0b8739cb79afb624e5

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2192412903145189) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 74890846074bef6771dd95fffb8e260b2dfacfdf45f557e541ffdfbf651a19c8

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6541439666534634) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f898242355675652480ac11265548ea4849fbf053d74314870c2794702d10082

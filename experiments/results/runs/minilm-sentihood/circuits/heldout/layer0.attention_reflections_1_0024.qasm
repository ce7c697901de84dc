// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7345491753160351) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d8b42628dbe45055ff4060b5663465aebf745c1a70eac23d07520c14e0748cb6

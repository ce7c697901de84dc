// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3786021458728523) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 df70e3067985a76b6adaf68a5feb381032be25bb9f99b3f836bd4e5ccebbb2f8

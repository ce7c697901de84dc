// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5457723487741023) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c37c7d031fae54575b662e6b470f91ef57dff3cc45002d952d78a54c50462695

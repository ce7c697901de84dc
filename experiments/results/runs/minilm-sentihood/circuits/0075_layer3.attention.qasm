// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.201757368031231) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 50eb2fe4d637f6bc80ba5f452549623fd5795d6ab4640e270936cc2d9ebc0bc7

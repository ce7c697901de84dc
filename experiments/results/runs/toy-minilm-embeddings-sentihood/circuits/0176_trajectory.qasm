// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5111071877171383) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e705f41ae1671f912b867173796f573d8b92465aad88a62a082fe9ce328d4103

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.42110255825977116) q[0];
ry(2.2404986902625263) q[0];
rz(0.27118322711953047) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8742f80409b08f7ef3bd9ed315b44a3a2e1718bc391810d02099e8c862d4edc7

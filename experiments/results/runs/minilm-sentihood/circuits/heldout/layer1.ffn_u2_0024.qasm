// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3302446371620489) q[0];
ry(1.7240056224663742) q[0];
rz(0.05226700190766698) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e6e2b93caa1a4176eee08de5941ca03234bebbe7e25e17ae06fab32192d7378

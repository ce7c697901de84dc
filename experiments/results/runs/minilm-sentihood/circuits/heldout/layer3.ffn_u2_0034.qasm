// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2579030932656994) q[0];
ry(1.1631485140620523) q[0];
rz(-0.10419612192520988) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8121a4290f96d9b5ad9ee0158f078b3b4a97a828f143c6f4b77ed47062d9ccb3

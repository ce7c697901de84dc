// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6528767156338356) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b1c0c03aad6a352ccb1422663441af3232d23241f41c7bdf4189a1c29505331

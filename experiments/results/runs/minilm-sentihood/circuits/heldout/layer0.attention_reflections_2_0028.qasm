// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6304229052882203) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 19595077010a8da9d40e1f37b26064a1307c90d37d469a6cc2c0d8c36420de1e

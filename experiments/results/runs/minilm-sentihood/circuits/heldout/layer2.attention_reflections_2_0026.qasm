// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3284575391268685) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 458df11bcec03a928cdd8e1c1f5f6088304d065f8e421622690d580cb5f9e195

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1699257845684818) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5cc839daac1509f94a9581bb7f6960a7fa59d00750aa20c018438c410e49fda9

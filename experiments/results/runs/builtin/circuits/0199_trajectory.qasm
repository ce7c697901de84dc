// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8693134156306013) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 723921742cc778ec31f67d93e64084aaaa9023d827074b16e2ccfc2e7bc715d9

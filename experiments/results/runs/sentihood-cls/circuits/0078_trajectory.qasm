// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5356584860226663) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 644fcf5e5e43da21882a72effd5f139ea259f68e8eccbf93c120a7a977759cb9

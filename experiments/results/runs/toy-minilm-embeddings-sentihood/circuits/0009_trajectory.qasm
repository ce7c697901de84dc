// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.914739145179896) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb56b5b455f745726b26b27103648608df9b7ba87bd674343c905ba6efea7e43

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.094118539383444) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2b243fde0d13218668b4cdc276f1cadfdd7053874d6157d2cdefb9f4dd6ddd61

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.004333314626747) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6dd2afa3cdce87d66c90d1b66cc21b78c621032cd7db542e9ca2adb66ca6ce63

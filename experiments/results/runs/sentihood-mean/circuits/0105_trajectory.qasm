// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3446485312420893) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c93a58df7d2e2cff4cdf44c6f47f8c6bd1c7da5a6192cbd5fee949c4ebd60f3f

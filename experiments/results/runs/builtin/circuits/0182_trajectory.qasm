// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2443190845926629) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5f46c1d933f2044faa9f63fb410976fcd7807ed2737cbc143c0edd1b72228d70

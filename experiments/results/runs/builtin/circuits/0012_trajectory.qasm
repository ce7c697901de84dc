// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8417022513784076) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 33cc2937a92e9f97ba95a36a44cda49533b4ca055e9f3214d5a3931c024068b2

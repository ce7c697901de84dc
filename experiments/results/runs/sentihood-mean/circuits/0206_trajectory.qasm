// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.532617243393589) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b76088032436e3c18aa1cc72cd4b16bfb541deb655dcf06b63dc2bb0f9761442

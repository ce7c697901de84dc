// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.038465942783636) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ff9a69076d416e5c769a1d3d59a839574c51ac50ed4b6b966901ba5685b660ad

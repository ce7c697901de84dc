// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3561156817406355) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7a0ea29e38fa8737da2befa4456f38c992d50bc96f8a33f89e6ae1f3451e2196

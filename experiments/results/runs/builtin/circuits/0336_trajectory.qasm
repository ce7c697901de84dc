// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.227429793136444) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 049e4c08ad238314a8c37e39118da6d1409174a5162866e95797a1e16d9a8dc6

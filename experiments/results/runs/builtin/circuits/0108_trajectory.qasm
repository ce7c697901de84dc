// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.117453384492383) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 87eb635b71f70f22f8db0587d7d04aaafb42c8eb12bd93e7846096f7bf877b6d

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.132145512453147) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 36344a77aa2d5163519e53463189cabd018c508fcf6a3007da35dafaa9cb93fb

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3887342406766028) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 46677dfe174a257422bc0c1dab151beab132e644bfadc782e332a8216e605638

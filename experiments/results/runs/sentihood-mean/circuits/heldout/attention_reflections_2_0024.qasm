// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4155391773778991) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a7b949e83e5ba3ee56a891b187410a9fcd0238c58505922d0bd30c98927b85f9

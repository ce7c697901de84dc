// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.30899187414532836) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aa756658463d7d6977da3609d896c52391f395cc1820f9ea531d822d5280f5db

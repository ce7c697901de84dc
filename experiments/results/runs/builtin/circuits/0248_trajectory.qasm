// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8316794053569105) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c14878f77e53cebb7f869c865162a29a1962135a5da9467628ce74246b1b9a3f

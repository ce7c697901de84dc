// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.101459059650004) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 58a3673369e4c58020b2064ccde914254df6f4b429e3916866b888a8a9bf0ccc

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8416836195663988) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9c39eb48eea73217004fd63304ff0fedb49e841668c22f1171c2e72cd42c4903

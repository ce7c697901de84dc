// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3369380446153416) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2532f7c864239b45f47435eba7a166d01309a9efbc2d18947897edadfec96b15

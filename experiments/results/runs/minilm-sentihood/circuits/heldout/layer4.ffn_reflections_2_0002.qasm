// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3275115089372584) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ed50305e87482af6619e1110fc172b357b6356a29ae690f57b67cc5f06722c1a

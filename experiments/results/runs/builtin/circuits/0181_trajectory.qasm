// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3485978249484046) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b9a15faa38f6ed41af6bd87a75e75fe55397ae0ccec2b27f74f6f3d057a2885

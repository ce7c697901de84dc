// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4284448135795534) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bdcdb5cee028a506f0d378b34a8eb1b9040eedc9e62cb65e75f85c0a6afed193

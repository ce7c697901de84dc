// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9614737773421906) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b188be75fc3978fdcbb48c60ad54b81c73aca3a62fe53f75c10ab2505ed1b863

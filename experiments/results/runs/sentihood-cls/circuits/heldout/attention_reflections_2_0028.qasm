// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6677835741812195) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9f9f8f28b0e3e0b13abce25f1f7412c6b70463267f52bbb876cf29622df3b4f4

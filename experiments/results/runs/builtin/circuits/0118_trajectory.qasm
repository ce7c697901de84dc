// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5824271510260197) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 763c35942c3d7665fc55a6ecb70ff4e1c1db7d38a4f84e4b3cd3fe2f983ea637

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.637340438674524) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 07977c3b5b130b61ce6f205a9a98c08dd7097dbec7f52bb1f1bf21f9f7c6d459

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1240164776787351) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cd97b5b91f75417de44a95f68c3aaa9055a461f5507f2b2e5e4af6bc57c36242

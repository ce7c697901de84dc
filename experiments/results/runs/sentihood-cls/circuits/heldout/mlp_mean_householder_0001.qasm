// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9452370568903752) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1055d821b19c4f5102c753150edf6db02016cc8dbe59c61724d999e42a4683d

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.603461479721007) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4a21715ae210d1821ac309bc19fafc30b5b08d67a023e2b15eecb6add587405a

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5184474164178066) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fdec839f2f222a8ebb2dd7b20790a4ab342d4fa7b05dcd45e131d99f7c3aff33

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.8751453471245393) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7b46fd11260286d793e18ff23622cbfda57f51eb4388dd47f949edb5c07abd99

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1052069314247852) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b76433a652c8787b56b1388210db13f04c3b4f6d7ce878bdd1505e58a7ae5a7e

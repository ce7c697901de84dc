// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3600120361312609) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1dab367b4ad1afa3954d15f47ed606b56de289039b2cb6acc8784265ffccc6ea

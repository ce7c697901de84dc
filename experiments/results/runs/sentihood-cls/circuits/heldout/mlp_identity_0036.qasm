// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0605297791390056) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6f23c2f2df3901f9f2061e23368348784c77cb8a9495a218d883af0d8f2e1fc7

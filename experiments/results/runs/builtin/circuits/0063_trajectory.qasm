// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7867273743354843) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c3f58706a317474d24fe1aad4c9d1034875b4d34a2f3997afd5c256c684c85e4

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.260432626038521) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c8f916a2f9498dccc23c061fcf652d94b5704d810831b21b0466348dc58fddd0

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7844005959078677) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 286acf2eb65e93e16b708f44e95c522164aac119e4ff3e409e81cd54ee090194

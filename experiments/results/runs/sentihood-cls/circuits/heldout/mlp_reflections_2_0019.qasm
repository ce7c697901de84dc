// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0508599736895787) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cab40a1047372637e1edef33f7b31349c6a2f8bf28a907618d1ddf773ceba190

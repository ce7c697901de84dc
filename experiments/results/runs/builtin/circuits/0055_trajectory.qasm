// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.47719658856195) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a68f4213222a02f946323c7f44c887792f3ed973ecf78899b4c2577c52dd2494

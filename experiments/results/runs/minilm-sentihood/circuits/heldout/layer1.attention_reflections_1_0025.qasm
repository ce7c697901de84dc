// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.8444567522182437) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 999b3c675aaf9399e981760d8533284c296e52663839535d847f46d4f4cdd0cf

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1215775361720097) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 155c98d6b4a530574999e5f05a58c9d0d89bd58d69f9c547c441bd513edb1ae1

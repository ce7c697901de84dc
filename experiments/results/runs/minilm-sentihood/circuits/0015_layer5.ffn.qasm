// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.8313902099754704) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 036cbafdf3140a314c7e0a92d7d3fd1b3148e2f63b7dfb1b99aa11f2cc443c50

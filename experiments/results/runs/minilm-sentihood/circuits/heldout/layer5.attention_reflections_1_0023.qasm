// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5299282342586826) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ae021262f0ef478d6cb9bde447ee65bb1b71e6b0db99f9075cec52c34580fd4

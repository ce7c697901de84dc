// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1484364184111822) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 922bb87db884904631bbef41c73d7595a3901ef0703ae730f9e53396fca77036

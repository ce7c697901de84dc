// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.176034171014794) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 22f1a4ae1617a19d1ce8dfe82276d211036332f9098101d18f63c6a31624862f

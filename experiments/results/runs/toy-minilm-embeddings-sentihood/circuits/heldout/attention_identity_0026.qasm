// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5602163719059026) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9b869ee0e554573d1c7ddb7b1abe8991a02f451c6c328b65e156ce87004c4fcd

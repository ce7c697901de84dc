// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8312711240663304) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c44f9a2043b1c44a90881050efaac6b62ee64c72b53ed222cd16fc03174ac11

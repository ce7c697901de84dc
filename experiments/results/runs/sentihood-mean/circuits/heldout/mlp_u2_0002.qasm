// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7681376708680582) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b7ccbe6ff15dcfcd45f9a3cd0a44001e956b7efd8e3842365a8f4335390afad5

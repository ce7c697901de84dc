// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.004333315328908) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 256ade35cfc99c676e237a85f5daee9a5ac5423e9fdc18fa1086ddcdde26779f

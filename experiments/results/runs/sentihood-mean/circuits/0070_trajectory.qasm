// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.966700971075575) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 111c75bf54466a97e6360bc44e86c59c9d66b81a8026f8fd513e3dc8ad3575e6

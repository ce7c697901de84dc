// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8789195398912866) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 597f94928444e9467c04ef60d28a58a537df55fab8777b6e59ebe34ea52eb206

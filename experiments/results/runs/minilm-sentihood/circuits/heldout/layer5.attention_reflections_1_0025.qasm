// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.5958359252163753) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8a6fc88bbad9aef32f8fec610915bfbf9ff695688d338f3c045233f9fce1c8a5

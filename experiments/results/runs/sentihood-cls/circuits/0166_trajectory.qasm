// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7645127770704451) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e115fce6602f54e5ca26c3d5577fc6d68a5bc53dc6e06793c75711c7b3816310

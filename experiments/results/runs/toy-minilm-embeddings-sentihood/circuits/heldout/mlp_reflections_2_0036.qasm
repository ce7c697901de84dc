// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4637688772052484) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 77900eec2dec48b7486fdfff702e840e6817bd801df038ff1ec54e08789a79a3

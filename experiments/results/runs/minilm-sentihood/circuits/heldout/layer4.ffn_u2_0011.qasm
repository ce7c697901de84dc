// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.21912658852257128) q[0];
ry(1.6251133768753638) q[0];
rz(0.012090007200480812) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0186c5ec37e033dae69edb2400642fe993fe3fce423989204d54c71f3b77505b

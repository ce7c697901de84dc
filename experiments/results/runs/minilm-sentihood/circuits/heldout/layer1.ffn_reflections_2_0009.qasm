// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0369677836075843) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e0300658bca2b952939acdc829e6daf98f93c37a948e4a7a89162adc49ec43a

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6999838765387436) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6dbb1042a5213169c63925fcf91f7adc0c982e64f08096cfc4bdec64756416ff

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5229992573786786) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6b393ffa6ed25d6cb81b502a5986f4d6c912eeaee2bd17a3742306392c8a2481

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20249393665320037) q[0];
ry(1.6933798607304202) q[0];
rz(0.025099097025805595) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1759ceeb173b8447ddf83392b61de1aa581eb63ad68a9ee783a8eeace294e4e

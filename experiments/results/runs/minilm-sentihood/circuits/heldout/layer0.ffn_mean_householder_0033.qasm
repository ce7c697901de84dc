// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9140240301918358) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 82b119be5bd1d61984fa94f35276d370d27881a966297c7c2512f159d3cc4077

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3269631182447019) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 659411b18c7527a15a629f787b4e9140186046cfbae37dae4debbbd711c0193c

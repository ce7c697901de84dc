// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.59962661456845) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a4d4c9b7e8b6fb1ddfb2bf4a65bd370d380ebf68b33b32ee680b66ab1ad76ab9

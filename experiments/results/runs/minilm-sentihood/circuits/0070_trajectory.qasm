// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8072654446336933) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2880ae12416eb91ee85aae9ab0def6fe98eb095d12057f9a3f93ead2d42a3193

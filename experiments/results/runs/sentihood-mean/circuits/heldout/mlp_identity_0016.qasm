// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3926094211856601) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 95219655decdcfcb41405d89fa6d1b98745f7e67dcdef5cb3bb56ec57854f404

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3676588893606865) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 29e94d9e8acd5ed877a667ab08e3211b0a5e9949a034ebf8b4e36b9d91911a10

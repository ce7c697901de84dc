// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4328264655283296) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 799787d64304b9419b665c311165cb479d810baf4f0e6fb1be317afb7c37a2cc

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.10385851783986322) q[0];
ry(2.036312338513265) q[0];
rz(0.04675467638011144) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f8dbd1ccaba078a4845a25ef798c5525e6ae2ca343a374eb1b06997eb1e7d2f8

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0561688191487173) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7788514564ee53fd87a09698a8b01aaedb46c579d8575ce43f2a58fd30a430f0

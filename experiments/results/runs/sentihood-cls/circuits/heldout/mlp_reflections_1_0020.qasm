// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4422504551389286) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b2b7a05b95747868430daa73c434dea55b66ea8ff28d772e52a9bdb8b78cb46d

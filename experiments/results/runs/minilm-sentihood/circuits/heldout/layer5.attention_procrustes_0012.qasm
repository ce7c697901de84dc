// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4566031548047909) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 32945085866e64bb110db0bc95793da95acbdcb2a05b1517d85b02c8a2e2b7ed

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7069248099611442) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 23cb42b0feed07a508c1443da5cbe9d81e0470b4e9cf2866e55b9d49ec11b64e

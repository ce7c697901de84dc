// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6463564169705226) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 75434fb057f76f1a43499ccc8a172af7c3591604434347e6c52f5483e68b1703

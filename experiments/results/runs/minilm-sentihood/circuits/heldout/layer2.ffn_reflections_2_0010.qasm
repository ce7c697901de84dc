// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9618618036832715) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9868a8630296bed8a1edc71e8dc64a65c3437d64cd49fdc5650a9f14e694b115

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.864531062672601) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8f57a25224461ed585469b87bc0dbcab32b9eea170d5b4a835913ed4e5b31121

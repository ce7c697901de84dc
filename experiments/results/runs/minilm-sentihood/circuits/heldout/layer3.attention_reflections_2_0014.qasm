// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9987259681439957) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 57a3a56cd91befa7f1aa5280fd4def9891044ecfcfe4231137b4f8dad9262100

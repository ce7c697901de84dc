// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7822734903406933) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8fea256b02635aef1c591b262b21e6090bef646c035d9926ad573babdf2fc30b

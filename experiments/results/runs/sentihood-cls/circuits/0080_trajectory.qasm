// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7690006136090637) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 40b91ccab3aa68c9175b5b3c31b729066473ad84a08a4a11f7fc6dc3dcac218e

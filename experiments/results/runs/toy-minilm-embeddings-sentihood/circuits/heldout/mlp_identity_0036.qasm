// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4416110924406974) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 066512688f177dd1ec4f22e3fe4ce3e647b9b38f9df7ca41a606c7a8fe8065a1

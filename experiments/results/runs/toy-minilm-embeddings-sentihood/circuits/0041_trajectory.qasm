// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5335429367331326) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9f3611db803c9f682b824792b9781b4960957359b8255036028c07483d6bfe59

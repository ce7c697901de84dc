// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0080163622925835) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e939b42e7c5f54b6ef5005065f56204908be3ebd177aee60d304f18f1380ddd0

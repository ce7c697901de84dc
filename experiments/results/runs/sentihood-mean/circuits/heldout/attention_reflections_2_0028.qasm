// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5112450438059162) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a407a72311ea5ccc7387a438dbe7883179cd9465f760d17e6c0f08fd10b1dc5

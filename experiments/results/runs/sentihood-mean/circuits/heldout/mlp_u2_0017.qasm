// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.41962734160059173) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9fafc1110fe7dc5948a7f698960a8b0aafd3afe6c8eee9e99545c480539fb0e7

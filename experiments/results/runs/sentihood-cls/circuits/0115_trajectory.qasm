// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.41625585403936716) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6b3d76ce15546074a5f44963e4d8e991b974069cccba3de8b7e7ef574b98a9c0

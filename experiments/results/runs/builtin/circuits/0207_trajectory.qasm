// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.042558447931016) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f62ef7b0c795b1d544a45fa6df59199535b616f7af5d76e199655a6174a85077

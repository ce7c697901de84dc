// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3303329606693792) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ed5b14cda8af48d40143b7368142ddec80b7d615250e66a40e16953bc01bb9a6

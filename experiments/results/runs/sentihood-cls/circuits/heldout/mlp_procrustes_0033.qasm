// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0609738890804952) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e58064c14e1f4bdf4a21d8cf7e9082e72f4fef815983eb5d768909b7b1bd75bc

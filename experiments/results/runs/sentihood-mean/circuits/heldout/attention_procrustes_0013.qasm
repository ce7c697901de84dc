// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5032582884191568) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a018a6bb6d4cd091fafa6938c9dab5cb2c40d492c49b4bd5fb37d11f1b89681e

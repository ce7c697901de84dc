// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3649139476975964) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cf156ceab32542a2efa68ede5bc3a6d0501d272c0f839f941ca97a549343cb6b

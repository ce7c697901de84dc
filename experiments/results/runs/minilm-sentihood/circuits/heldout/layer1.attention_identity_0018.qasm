// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1391422460377316) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bfc05c505b241e167cb80e7c99fde9981368d37a7a591abf754bceb94cbdeed5

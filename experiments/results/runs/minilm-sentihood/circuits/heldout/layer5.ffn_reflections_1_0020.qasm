// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5664070419380804) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dcba50588c24a57a25ac169b81eb5ef6be8aad8525b39cf43609dd012947d075

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3072147057728468) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 07df00d57162763ca19d4ef6cc0c767efd19cb77496b4eb77ce7fa238d27a000

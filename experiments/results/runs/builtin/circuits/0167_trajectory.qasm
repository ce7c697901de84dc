// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0543649406766358) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 92f821cfe9429db0a873b4abb6dbbdd2ba64ee71934fd23c232a8444e5dc179d

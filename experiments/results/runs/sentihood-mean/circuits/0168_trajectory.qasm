// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8751922997943591) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d663604faa65ae9920a41ac5bc216915ee36878fdb6cf3baa7930b5c44fb7e0

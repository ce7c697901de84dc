// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7996257177054533) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3d07b8aa661a7252652c5d314806bbcf37513656e85ef39d2e108b7f46f490fa

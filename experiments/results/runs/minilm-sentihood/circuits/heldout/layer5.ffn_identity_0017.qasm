// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.092627115930419) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 62ae04d4a8901ada90dbed8b37f0589689533ef1b31964da6b3317b2aea5b735

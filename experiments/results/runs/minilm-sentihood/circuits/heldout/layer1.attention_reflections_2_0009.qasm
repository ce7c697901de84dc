// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0643359378907054) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a8eb38cdc6454ee18bb64a8f2e68da47ece6174800ea48d6cf3d6d2acf3ff035

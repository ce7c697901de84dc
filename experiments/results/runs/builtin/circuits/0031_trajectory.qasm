// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8263673198942514) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d022e34ba0e878dd1f17ede2bd0ce6a8f2f260fb9ae6cdf42806c28d703c5d77

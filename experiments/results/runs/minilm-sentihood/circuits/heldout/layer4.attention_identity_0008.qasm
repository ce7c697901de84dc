// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.038264065454315) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 629b76061395a7cf7031e2c43c9f92f9369e4f62e330fde958cf17e01fb80334

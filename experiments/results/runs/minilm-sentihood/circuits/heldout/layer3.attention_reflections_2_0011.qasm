// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9641120106951808) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bce0f22a020509aab97274c7ca5b92a8e7c7dd62d92d0db3d579aea1d502f570

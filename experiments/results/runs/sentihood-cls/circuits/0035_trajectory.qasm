// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.25942820838142294) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f37f932774f1b5956e7bc5bf4f20421bc54f7f65cb433d76c974c3b95bf83cda

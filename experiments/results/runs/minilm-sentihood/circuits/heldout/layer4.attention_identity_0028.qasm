// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3892645719697006) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 02a9e6760d68606918aa6e5b191ee5a62b4e205f3bf2e1180e76b52d9c3997d7

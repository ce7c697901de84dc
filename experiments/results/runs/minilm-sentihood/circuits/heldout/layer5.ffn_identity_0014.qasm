// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8763248856228691) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b0c504af1f93fbc0cd29a5d92e371c1bf454ed3e4798be535b2cea50c3df03a6

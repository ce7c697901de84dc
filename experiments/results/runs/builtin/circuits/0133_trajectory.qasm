// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.767892550949542) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9c9e76ed20928f3436d8d7d1b3b06188e658799e5bf1b2971a54d93ed408e39f

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0970010090406235) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d3609bac8dfcb47664d04ade80b1b41de3d50cc8ba334475e3f9fc1e49ea2107

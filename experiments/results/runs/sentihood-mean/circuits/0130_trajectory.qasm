// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.36851497419778045) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d86eebd07a14f88d7f38f643b02c2e5ce2609cbc142f306a6ddd3f32cdcb2baa

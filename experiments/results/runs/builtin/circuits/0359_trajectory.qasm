// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.063672992204369) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 23a81c3f78c4a68cbcc0836e513ce4ff6165fe56e108e5803abf81cdaeff9185

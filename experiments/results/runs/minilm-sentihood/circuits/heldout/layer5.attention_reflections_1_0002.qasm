// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3918564909816022) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2ef5d3ea997da8c37ad08cb2c7b44bca8dc99795d12caa0d78cc5a567ceedc59

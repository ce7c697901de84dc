// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.9618617670964282) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9b77c89f597e13dc59f867f526d59e10e976d128e9816adb140fba41b6caeaa3

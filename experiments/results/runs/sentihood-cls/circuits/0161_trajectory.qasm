// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3089918741453282) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1e6dba92e9c1240dd6016460d3db71d01ed479db264c3d9ef3e7034031af36d4

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.27849181382819493) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 76ef512aa420c5ea3d5f920bb8fcd7707f5377e1769f4e31c753772d3b282041

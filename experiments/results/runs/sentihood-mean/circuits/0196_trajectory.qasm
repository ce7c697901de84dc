// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5840250875386863) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 742551844f6f452de1bc8a00b1f2b0095f6d1f77ecd75db0ce4cc3e4d71136cf

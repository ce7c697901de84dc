// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1388063683275353) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3d80eda8f338bfbdac2ff59414aed5a6b056683da65c33b426516e009aa35c99

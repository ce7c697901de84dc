// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4995565943487654) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 40e50110bd66e9fa99ac7d692ab5b9a7ec4482ab22e46ca680cf54ccbce471db

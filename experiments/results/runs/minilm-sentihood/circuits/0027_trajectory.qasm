// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7383611583954998) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec730a45ad4fee08f1d33ff94e6ce52460976cc00c809f290e507d0c85cc1599

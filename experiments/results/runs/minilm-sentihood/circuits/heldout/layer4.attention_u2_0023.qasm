// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29197002004905226) q[0];
ry(2.37531883184534) q[0];
rz(0.21326007172438466) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 611b92b0f74fed05909a996c5132e418ff112123a7d4e7f58fe70cef1e343ea5

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.116279685869833) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5421ded9a5a057e3bc7f88daec5aaac14a2e468cb47eea81b988615176c2ff28

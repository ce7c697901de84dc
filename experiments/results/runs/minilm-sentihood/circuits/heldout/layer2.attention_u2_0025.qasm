// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4636153695819565) q[0];
ry(0.6516545343830735) q[0];
rz(-0.3783568295949804) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05248b0a2f921745fc41aaecfd94e482a06863eff26fcf7df9915eeeea3de2a6

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.10086289729794151) q[0];
ry(1.168191703001772) q[0];
rz(-0.039633498451676186) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2d9785144f6c2642f7f17d0092eae3cc7374d9dfd8930f31474989032891e1be

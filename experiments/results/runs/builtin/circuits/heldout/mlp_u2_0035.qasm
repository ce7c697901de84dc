// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.06394550278835132) q[0];
ry(2.4111248152234106) q[0];
rz(0.047659505859499074) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cd2618a20b79406198fb28707ef8c3942dc400613b7bc0981e8da52c6431eaba

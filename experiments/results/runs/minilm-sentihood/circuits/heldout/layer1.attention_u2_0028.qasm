// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4679958008320111) q[0];
ry(0.7008346350963637) q[0];
rz(-0.368653906091438) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6816ff706aceee71649fd82c167ee21bc379e0f21040e3ec8bec56fb4a037d0d

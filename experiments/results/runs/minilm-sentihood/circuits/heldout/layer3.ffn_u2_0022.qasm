// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2941067396472725) q[0];
ry(0.9403189183221212) q[0];
rz(-0.17670099539399686) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0ab40cc1f4726a3c2aada73d3636b4c15d7e20097adb6ba390ae1d397afe32d5

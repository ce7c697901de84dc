// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.16410437577139314) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 35586319c7dfddc82d006c1c15bf6b692deccce548df45316b3623bb888bc94a

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.32075526532454735) q[0];
ry(0.8145362160076118) q[0];
rz(-0.2241458653390085) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5badba174e836d562787b3e81e155cdb04d26761ec6be0cc6c8dcd16e68e0d9f

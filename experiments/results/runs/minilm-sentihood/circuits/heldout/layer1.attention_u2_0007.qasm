// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3412461717909161) q[0];
ry(1.0536157670304325) q[0];
rz(-0.1738201835870643) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5edcb22f3e35a3647c660efdc62b82fdacc3412ab12e081b4fa00d68d42a1d96

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20043868939968323) q[0];
ry(2.512600807928052) q[0];
rz(0.16283043428589217) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 389825437df50f6ce30dc7594a26bc4701c1eda05f619729681993d494f34837

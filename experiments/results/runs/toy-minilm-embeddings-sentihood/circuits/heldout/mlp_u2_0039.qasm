// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23837012965515436) q[0];
ry(0.3787392298596874) q[0];
rz(-0.22204683074039577) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f25ef24229ce75a8aaeccc113362464f72c8d4b3c7df5a8397c717150bbc1809

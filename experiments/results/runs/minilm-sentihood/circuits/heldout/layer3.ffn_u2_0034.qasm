// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.25790322399555965) q[0];
ry(1.1631485682554288) q[0];
rz(-0.10419616377800311) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 12e494cafcb865c9eb46b1efd934e093c57da90db10fa19ce8eaf2f04a14af07

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4436247062924994) q[0];
ry(2.3970938283111134) q[0];
rz(0.33621781285761854) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4f17b9eaf2f301c3ffc7d0fcec8717081092cb5469cd5b850acf094ae299f5ac

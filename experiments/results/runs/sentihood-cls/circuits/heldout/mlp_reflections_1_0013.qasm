// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.4624262083042567) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f247960bb5a977d3c14df0516b3f6162f3f6f3af3d8cc40c8850639bbc604188

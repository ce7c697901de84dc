// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7159143784840896) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5b302682c1f79893c0e1471f0d2e0028139a8bde7bb51fc7f33eb126c6fbe8b4

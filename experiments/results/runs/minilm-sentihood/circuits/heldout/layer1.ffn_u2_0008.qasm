// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3896361459320592) q[0];
ry(2.1374787789533274) q[0];
rz(0.21697070849065403) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ea6d40f66d95ecae57d146000f9ade319c8f79c1a281b1b4a2e9f52a4c1b191b

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5616357425566436) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f30b0e80a14fa62770502c81eefc94cc8b1df572f922c3a039bf950759fa4f69

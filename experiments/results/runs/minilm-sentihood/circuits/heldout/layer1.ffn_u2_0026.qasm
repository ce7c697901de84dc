// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3636463182759111) q[0];
ry(1.1220972175568014) q[0];
rz(-0.16361380203262677) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 11880ebe0d4094df7704a4ed501646489e4d55da85a04c29b4c8476d1efdc792

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0251163568708037) q[0];
ry(1.5337959641005774) q[0];
rz(-0.06084923569495393) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 245b32ef7e12c0bc691852b872ffd27f9fda7bc01789ff32fd27442d87fb6860

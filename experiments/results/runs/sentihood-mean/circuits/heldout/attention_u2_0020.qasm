// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0300700461998105) q[0];
ry(1.4839255925457324) q[0];
rz(-0.14350866337249624) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc843790d9f0abcc03db68be85769e195c6f14a485d766eeef404b5ea83beb54

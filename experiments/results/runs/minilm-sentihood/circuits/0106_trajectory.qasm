// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5191175560519055) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a7b381a57dbf91c4eaa9c3da6d2b87bea0ad04aa955e0475a608f42f91f93eca

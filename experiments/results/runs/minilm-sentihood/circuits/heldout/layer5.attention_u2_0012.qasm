// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.0933709084326857) q[0];
ry(1.4578274247678762) q[0];
rz(-0.01055589051106498) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6eb612f22e6d7e1616d16cee3ec5553750e1866cfb4463bb8501948699dbea6e

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1651500683542428) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 54ad531af49129bdc4dc4d4575bbef6df61447c6ac18afe8f7ad29880d700722

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3864287123392929) q[0];
ry(0.8817301399723366) q[0];
rz(-0.25315477680845344) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1c54c562b6c4b4a35a9bbae9fcfd442899b782fa37709a7a777d3019e2c285e2

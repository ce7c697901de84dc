// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0264028104177054) q[0];
ry(1.516686665198545) q[0];
rz(-0.08909565853990253) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f26e19f90ff9f5bd4859a4401612ac004cc12ad9feaf7d596cf031b9c6e709d1

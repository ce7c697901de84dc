// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.04298898616061164) q[0];
ry(1.445069797995842) q[0];
rz(-0.005393898886761228) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e1eaedbd6f2978bf8e43206ecea4b26117cf3b5835bd72bb152ddba6b7a2bdf

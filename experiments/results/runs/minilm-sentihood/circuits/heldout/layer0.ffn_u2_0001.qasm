// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3574730725497419) q[0];
ry(2.7080462560715604) q[0];
rz(0.32680878662861534) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1853e1f132da034d78ceee661b4e37688bb81e56287cd333d846724cf0075bae

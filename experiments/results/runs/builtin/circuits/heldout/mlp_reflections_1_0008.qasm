// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.4103344515923992) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e3c5f85fdfd5202ca8f5871909412fe1cdb90dd85634914e1acaaa53825fbfe

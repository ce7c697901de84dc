// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.655403785856809) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 acbf1bce161a0256c649db371900a57e14f9a741805ac9520e7e6bee5963a0ad

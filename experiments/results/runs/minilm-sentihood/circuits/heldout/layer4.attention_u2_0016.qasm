// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20169402110044832) q[0];
ry(1.6559212711716234) q[0];
rz(0.017383096466515813) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0100acde08993a4a666d3e007f3356e1e2400dde26417cffbe14f93ce0917600

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0302399781052936) q[0];
ry(1.4839293918103669) q[0];
rz(-0.14355700405691119) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ebbb5dc5ed466f6b1b07880131188511bc9bfdbf4cc89ef186e67811bc707bae

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6118301892458828) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 67345fc60c9393e6387e71836735cb59d644ffe1c0b3b66b893c2c2b0ac04cd0

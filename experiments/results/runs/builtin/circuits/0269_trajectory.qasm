// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.741002105806297) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9f07618f2d94cd01846d476dbd3b3004c2a3f68f6c129274bc5efe81f35550a8

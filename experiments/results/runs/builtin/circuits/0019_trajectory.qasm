// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.142663400701681) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 14745cd9083ab6eefe3e8680bd93989514c88df054d99fa607bd747863ac3353

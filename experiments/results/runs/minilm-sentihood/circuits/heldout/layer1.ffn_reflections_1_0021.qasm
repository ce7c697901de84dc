// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7040254118141533) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 14f621d7e6c0b11fc0b3458522eb7ff0443b8b4379dab4ea734c6859a1f7def3

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.376238185223028) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d0145ec4d018d8a885fdcd434e69e06d1d38fc3930b822e32fa173c1105cb27c

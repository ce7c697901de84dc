// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.34011609039868906) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e6a0e986d9341b7152f4b663a0b1ba6afd17970908fdb30a9485847a45d0d45d

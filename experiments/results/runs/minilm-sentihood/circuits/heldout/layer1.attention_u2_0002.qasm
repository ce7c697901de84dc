// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.34974839691144854) q[0];
ry(2.127647761120727) q[0];
rz(0.1904366672720017) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2579367e5be3129abc2035db3a0f171ee6525af99be1b47cb3d02a44d2640cfc

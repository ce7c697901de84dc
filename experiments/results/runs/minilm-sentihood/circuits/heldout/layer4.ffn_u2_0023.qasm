// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3601073198215543) q[0];
ry(2.4779611918786286) q[0];
rz(0.28834548948079997) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 96c82220e9e4e7f210a6639dc1a5abf981f7bf630f4fce2e0e91f59683fb9853

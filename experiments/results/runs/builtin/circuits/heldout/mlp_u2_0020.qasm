// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.13212129864216315) q[0];
ry(0.3295811257421237) q[0];
rz(-0.12508627528596028) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a0d090935297f91fbfdb9e645305f72d9f39ae2d2ce16fd89a078b8bbf303d3e

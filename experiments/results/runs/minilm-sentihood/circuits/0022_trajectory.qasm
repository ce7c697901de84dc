// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9354565134844327) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 73f8195f3beeec840170f76cd232979e8d1ee756aa8e34c87cb081a82453de52

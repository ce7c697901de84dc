// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1188112170881894) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d3329d0cf34f0d249f026f0b8247b4d64a6a056e98174c282133f79ea7a67425

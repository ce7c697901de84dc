// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.614603677827418) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 596978b7484552aa4c82dfed2cd480059301e6e1872a2c2c1bf1b4bb838e7c88

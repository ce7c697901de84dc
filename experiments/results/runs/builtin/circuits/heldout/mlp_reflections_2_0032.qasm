// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6206231488248627) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 26bc2ebcf06e6a6cb7cacd2a053d53926a9e7537563a0978ae5e10b61f05a5b2

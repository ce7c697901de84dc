// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1545235956746547) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 94e0dd5f38074bcfe5d88b5f1969bd3ab296eff8488920b12f7645869ea4860e

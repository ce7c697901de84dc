// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.989887831589759) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d607ccf340236327caf6f2d361f3e3e8b7a617e63c0eb22e6d7d418df719eeb3

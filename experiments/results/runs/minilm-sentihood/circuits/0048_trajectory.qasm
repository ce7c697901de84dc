// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8938198610874664) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc21c4fd16794dc72f8b4d3128a5bcca472a94ce76cfe267e65af84c1ad44b5c

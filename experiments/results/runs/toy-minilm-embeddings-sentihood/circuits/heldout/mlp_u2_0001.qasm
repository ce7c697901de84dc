// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.7074880644043704) q[0];
ry(3.0068550007379433) q[0];
rz(0.7029940964118939) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 76f44acf852504c69d5d677e7d423a9afcf2cc6b75d6e5995c15cdccb54eadbc

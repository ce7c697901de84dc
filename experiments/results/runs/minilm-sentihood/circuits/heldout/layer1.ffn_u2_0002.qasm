// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.36789602782267883) q[0];
ry(2.0418960988831993) q[0];
rz(0.17318785983280405) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 04a920ee906a445deb4bad492b1b7ca2bfacc1a9e7c5021f7b180b0a1f310c71

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.891786869935989) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eb1c76ec230fde5c2cd47cc3e23fdad8be0e0bf163d31fb419922b6d6811bf7b

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5323677064805663) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 43463820e7379ad37a04a44020525de84b28e62504825e57254f877865af1594

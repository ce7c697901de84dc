// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3171762878390734) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 499740d896ca7e1a48eb4a6b3f477e46e0150e8902d15054127de6d282eac030

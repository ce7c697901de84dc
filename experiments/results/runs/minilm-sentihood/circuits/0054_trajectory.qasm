// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.161590472069323) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 299b8f825f4835e232af7db7d0c06bccfd41dca079440e3043e8a1451d59025c

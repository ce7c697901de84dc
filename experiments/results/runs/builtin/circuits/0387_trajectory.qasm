// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7730648124850643) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2fef413cd27f5b42cb40a81a2682a9cf694510902f6ef1afc8c6436605d1810

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6284883102915554) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 07fa432171165eb69efbe18fa14fc059c9801047d5e9b4e5052756347bb6e43c

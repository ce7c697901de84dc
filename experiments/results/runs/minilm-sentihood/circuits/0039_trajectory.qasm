// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.830550074431842) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9932a9150656365ec4f562c8a74b7e71fd97e4bf20d8ebc0e16807de618f260

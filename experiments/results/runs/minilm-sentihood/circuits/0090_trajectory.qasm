// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9490707517946926) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e6d7521da943ee631d7f90b755958e4cb4b460d15b732241020160e69ed6a867

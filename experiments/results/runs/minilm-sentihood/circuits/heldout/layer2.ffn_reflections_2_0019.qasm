// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5434427054900917) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 50abdd4b9f2fdefc8e75029afd2b6c49fa1826eef8c4ac7ca5520ac2449d90e3

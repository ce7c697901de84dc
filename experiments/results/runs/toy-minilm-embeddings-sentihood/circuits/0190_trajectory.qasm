// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.021982430818151) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3783590ba66434c8c0ab2446a14b67fdefe5d4cb2ff6235d7a078f7a21df6414

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1137827674366365) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9fdf3895f6497a6984197800d553af7cf50cd351a637de20a76812a01788953f

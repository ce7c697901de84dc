// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0553232805749833) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 14a62ffc030572569ee87351a55c0b0885fb5f05171d2d169050df1e5f9e9841

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6433181969364257) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 484b48e3f8fd6d7019e4beb81d7f5964d37f4fb43eaf7e6d94c1dc7773b47fe7

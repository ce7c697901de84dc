// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.18197587584306985) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9ee9e68d27237e4d18eb597b59976e65a04b687f246c96efcf6efe4cc592b5ca

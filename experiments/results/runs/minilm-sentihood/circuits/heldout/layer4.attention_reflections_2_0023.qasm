// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.394629981014717) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05764930e04519f725f695269328065433ceacbf0b1b0a4030e362a878d38654

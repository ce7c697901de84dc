// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6937394232856802) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6ffd7272fd65df4900cf134912700b54b9d6c3fa157467114b4820b3bbbeb6df

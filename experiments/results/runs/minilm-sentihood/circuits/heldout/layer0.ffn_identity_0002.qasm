// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.131956096044037) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 99678038db740d345b8260ce648bb0d773e36a38fe3491d3cff7709320f52675

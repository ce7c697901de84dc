// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.695724944164014) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 541055c8c971446dd901b07a4381c7fdbcfa6df9f5b59df567e4ab7992ac2940

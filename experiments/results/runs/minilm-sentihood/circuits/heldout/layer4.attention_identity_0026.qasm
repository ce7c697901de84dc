// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6375488269461245) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 62706fefdcdeda1744aba924d38af125fbd394a8236f054c6622454900b834e1

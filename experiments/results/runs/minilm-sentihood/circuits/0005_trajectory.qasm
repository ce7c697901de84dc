// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.281992908081951) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5db4e6508b5943d259fa4f0c4e3364040916a92a8cad3e2b4b5b5f8d55dce1d9

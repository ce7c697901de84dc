// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.091598211710909) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9e220cb0daffd4991860c0c90aa1ebf6bb19fbd854ba001842f02d6fad1d8823

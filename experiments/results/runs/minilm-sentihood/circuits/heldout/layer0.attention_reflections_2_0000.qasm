// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.515193740361328) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3235114c1e08c655e51e80c9bd226ec6f70aaa8d9d7339d7b419c11975bdce28

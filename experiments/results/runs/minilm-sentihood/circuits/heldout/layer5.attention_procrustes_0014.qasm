// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.140942528416988) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 87e773aee1ee4817d5b5d324a4766d8254b20d91238feedc06e78e8eb5d9c6fd

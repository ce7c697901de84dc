// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4422504511796137) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 afdcec43d04c6c731eb663025883b31ff7adc4bb9bedc13fdeddcd7b231fc1ce

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.137455668887183) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1ba7607176d6f2019e4020fb46d96a2ff919b84ddac9d0d2debcccdc9b852246

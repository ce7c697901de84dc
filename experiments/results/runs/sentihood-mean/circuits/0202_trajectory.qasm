// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4995565943487676) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f2ecd68076543063aef274ce2400d094fec069706ee97f3524c1ed5bd1fa89ef

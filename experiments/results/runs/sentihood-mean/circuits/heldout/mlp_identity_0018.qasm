// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.173800874495001) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cccae2217586aed97f3b0973490b4386174cb9d17469e9ed074b499c2f268255

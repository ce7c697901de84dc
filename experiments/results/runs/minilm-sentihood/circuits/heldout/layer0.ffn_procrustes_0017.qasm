// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7514832949756073) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bc69c212470a9d34baeac8909a7d6adbf7c353a8f2b6edd9ae239deee1948a2b

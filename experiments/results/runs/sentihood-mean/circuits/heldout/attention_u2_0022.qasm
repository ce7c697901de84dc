// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0267317627898276) q[0];
ry(1.513128314198239) q[0];
rz(-0.09498453068493529) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 29c5cc775e739d4713cdc3ca32d032601912584b7b34deb3369987809cee8701

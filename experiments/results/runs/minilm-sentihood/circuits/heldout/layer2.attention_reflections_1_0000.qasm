// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2277610230029725) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f586f42ca813b7aa5d6701112d8bb8e70519957f74968fe5e3e07faad4905cc0

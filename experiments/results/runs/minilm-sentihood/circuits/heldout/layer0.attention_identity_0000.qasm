// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4933763051070852) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0030858d2eabef86418059cb2c0c6d7db2a87cb73eecf49e49fabdea2fe24b0c

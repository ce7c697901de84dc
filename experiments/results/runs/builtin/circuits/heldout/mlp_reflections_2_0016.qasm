// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6030482096510505) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7cf2840762c2aa7281b6b89b0a9d75f6865a8ab2ad4d9c48b52562fc546857f6

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2508573868465303) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5a75b6e4c0505c70e9f2ec50ebc2c934274802e54b523f610aa9ae861d0e2be4

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3296961727724792) q[0];
ry(2.7713907421876605) q[0];
rz(0.30879905711980804) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1378edd585adfb7c93a4ed5409bc3fcc4de32608b220383fa9dd0796c8e04dc

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3841765021655927) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 95fe803d8334eed169fd35c4fce6a66458d3d47b50346f690818822793ec7346

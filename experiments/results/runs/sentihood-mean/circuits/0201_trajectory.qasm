// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.679277367342301) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ab27c54528982400f8d12aa01fa82704e9c9defd74dbaefdb44ba647ba399dcd

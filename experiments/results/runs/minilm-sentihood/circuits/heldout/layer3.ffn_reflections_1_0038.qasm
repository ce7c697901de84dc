// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.268531303931416) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a10bc6540b94a6bc60fe046153eb81bba6495dc07633c475f24fa50afcb2e9ca

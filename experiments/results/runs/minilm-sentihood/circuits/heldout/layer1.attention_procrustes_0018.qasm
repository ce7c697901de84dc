// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.135277383997252) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b692df888a5e183e3e7961e7b27a0be639464381622a56d021d8989bd2db8742

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2192719084504562) q[0];
ry(1.1850380893297698) q[0];
rz(-0.08365613269211991) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec4f784e17856762a7c8a0fc842d9857a6523b10bed2ae0f47e82a2b8d4c0f7b

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9947896091648514) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c1a0aaaedefa7f0ba7695774a69535503e3016f4606e642f277e9f993a75b64c

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.23110289952746293) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 864ae2e70d9e456d75d542ce37524b8aef2efbeb0b34df96ba0fc6a88bd6233e

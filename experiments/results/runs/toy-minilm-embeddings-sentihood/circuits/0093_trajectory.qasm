// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5015078031113551) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 24bb46332b353fa776f9f2f8d00d5044001e1a3e23babe8e5e413d44bfbdf140

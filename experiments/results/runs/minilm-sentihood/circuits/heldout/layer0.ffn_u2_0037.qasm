// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.18539235102361928) q[0];
ry(2.2185253050251608) q[0];
rz(0.1126815600789568) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 78dcbf8d3a8922b64dd409d20316047c16dd44d471a7a209516bb2fed9cb4fec

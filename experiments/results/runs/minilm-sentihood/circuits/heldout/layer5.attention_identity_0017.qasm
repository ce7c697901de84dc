// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1851021040127) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c95274e5760c1e3a7d67788eaccb6a413919b11df36f58035e03240ecab4b2b

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8509178888989024) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb3f84b33feb1af3c59b825a4457e479123073ea5d198ea846d1a27a353c175e

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8728708403670018) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 11cdc624f0c0f1a8af8675574c100cb5e7259eb189840f0bc06ab544ba5e08e2

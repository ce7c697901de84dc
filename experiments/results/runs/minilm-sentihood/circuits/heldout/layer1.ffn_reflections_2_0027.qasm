// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.618439358286726) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 21c77781712d05a0ed33160a7fa17e9bb9f7204de574038f9b8eebaefbbe4ee3

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.403918866554914) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b09c2be4e512c9855e10448b09db28071a2e6e9edaad820e9535df5ffd8efba7

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4196271359378083) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 649b4b410d7dc579d674ecf7ba0d3861cda39ab1f09bed0cad277dcfe7891613

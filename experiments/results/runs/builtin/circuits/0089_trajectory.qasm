// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7296164592134189) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b1957c10d3602efcaf00f75c0520ae6abdf90a0a53d16298c4a1b75dd19c0e03

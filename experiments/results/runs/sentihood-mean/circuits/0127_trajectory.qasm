// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.26595590213513304) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a6733c8ed74c71aeb8f3af9bf868def29261424f74977eca2b58048641402162

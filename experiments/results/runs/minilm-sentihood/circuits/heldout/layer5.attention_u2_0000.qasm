// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.09764412968063763) q[0];
ry(1.254077771550572) q[0];
rz(-0.03049882594266551) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 065d3bfd2a58ef0a73cdb1f842655e69de07ab13bc8d58717db206654b734527

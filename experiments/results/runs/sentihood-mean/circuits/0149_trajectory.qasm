// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6937394232856817) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c56309af291c26469185122b71ae27d6e716589b0ad0d5398270940dbaf53721

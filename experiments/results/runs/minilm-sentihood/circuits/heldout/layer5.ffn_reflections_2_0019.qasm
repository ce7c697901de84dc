// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7343650484348556) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5cc08bcb137b89fc89c53df31ef19acaed71bbd49c5ebe362e8652e7d2b1e56f

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9893062755573232) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1f0e54bd7927255039601100df6e0e90bec1bb198260bb4f3728270b8777aa4b

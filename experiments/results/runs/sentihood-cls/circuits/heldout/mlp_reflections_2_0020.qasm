// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.442250456414951) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cec740c66cb2d52d24d06bca57f625ecad20cc5fe8c1575cd89e2faca6c468ac

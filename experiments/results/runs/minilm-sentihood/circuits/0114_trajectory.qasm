// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7337517972153592) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d824bcf678309930b595313a32c55829f46c89c7002e85bee4fe16eb621965e9

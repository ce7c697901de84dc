// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4697838601081854) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0f4becd4557e9d8fcd227b17c1cd1205bb4ca0f6a9a81a249e1bbfe1bd631225

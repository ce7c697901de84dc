// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.487220596514541) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a6fd7fd3840b79ffce98f2ad0a904d787aaf1d5c6da1a57c2dcc2aa12fcbff2b

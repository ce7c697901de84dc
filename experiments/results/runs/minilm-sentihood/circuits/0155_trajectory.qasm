// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3528139055085795) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 99ab458640ed04fddd33a57275cdf2faccd99a0bd5f2a19ecf6aa7a43a133c1d

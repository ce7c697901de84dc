// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7768353103473699) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45e8b182eb774948f37a8f010f82c53ba496d885059d56efeeb6a60fe79ecc9f

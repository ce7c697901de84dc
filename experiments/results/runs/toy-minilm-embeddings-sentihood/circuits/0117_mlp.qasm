// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.873858618182487) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b7eac0d64e9ee9d35d679afb73c61dab7599c0320b0cdc3fb83ef8a9817dc1b0

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5493777228308154) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 af5b14cbfd043538b83bc1588c0e58169537dc6589245e06d4dba2cf8e8ed281

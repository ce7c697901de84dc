// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4298302663147088) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a50ce1b040a0947a03e460fecac9b0b01a6f1bd8601eb449054f23aac214cb0

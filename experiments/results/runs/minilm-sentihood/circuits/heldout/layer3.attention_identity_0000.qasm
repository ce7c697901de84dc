// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.177267205504622) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 11cd309fd100fd9383f25ee09568519778dc264816d553d501526b6ef03c3922

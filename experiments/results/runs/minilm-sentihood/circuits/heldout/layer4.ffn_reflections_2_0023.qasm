// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.508588945176057) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a8e0ce44a7f617df91284f61bd749ab0baff4d1520df6eb6b6d184f091db583e

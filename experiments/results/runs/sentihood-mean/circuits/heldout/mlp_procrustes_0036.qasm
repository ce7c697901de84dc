// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.083879763746306) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 64314cf6f9819629b3ff08ec37189cdcd71d7b4b632c4981687a2b599c4d1877

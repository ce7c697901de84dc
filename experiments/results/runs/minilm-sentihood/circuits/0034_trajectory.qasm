// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.084507200620944) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e06b25352489a9e1cdb7b24aca5d4d03f1593ba066e85616b48241ff05012bb

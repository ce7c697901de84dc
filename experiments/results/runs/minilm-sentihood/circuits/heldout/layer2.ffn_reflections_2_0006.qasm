// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5170359089341194) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 093812c15407407ed8f4094e767ccb83783877f2cbd25fb97f310e4e9d08363c

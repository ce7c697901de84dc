// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6936500315383571) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 910f96024f28fe19c9cabb144d07655c2a4038277db66f209204356423e785f8

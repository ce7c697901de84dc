// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1602169690375823) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6d71a108cfea0396dd141e8502c7f92be22b5ac0325d854a2ca2ff96f399a346

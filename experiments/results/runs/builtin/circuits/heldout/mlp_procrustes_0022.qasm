// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8882710240282317) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ecafa414b171a75da24829328269e4258a6c94105ee1bb91a57ed513cd55dae9

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3561192037910188) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aae7571ca64a53571a75f9e3edfd63942a56ed03cd119adc7c423f927086fa03

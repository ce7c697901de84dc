// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.068670604245418) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aad0ccbc3693d9f25d88600043d966ad38790e1ef4a899bea2b02283cab14106

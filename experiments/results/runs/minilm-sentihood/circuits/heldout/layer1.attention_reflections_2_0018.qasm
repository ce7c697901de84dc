// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1352173539003236) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2880a781c8e3eb7f4c9e205c8a212b27f5c284a100701559f5c9281476271d9f

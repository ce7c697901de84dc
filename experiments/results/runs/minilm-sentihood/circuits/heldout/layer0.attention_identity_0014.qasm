// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.42140208232141) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 860d1a0e2dd0f8ce1e668aa98ee2c79c63a48e680c02367472b162e3580b01cc

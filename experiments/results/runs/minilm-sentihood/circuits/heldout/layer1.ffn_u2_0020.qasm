// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.45384818397629445) q[0];
ry(2.321854483525757) q[0];
rz(0.32134946508107154) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dfaada66c1ef858cbfddabf20ee2c06eb3e4421bc6dfb556dc810e68ca045ed3

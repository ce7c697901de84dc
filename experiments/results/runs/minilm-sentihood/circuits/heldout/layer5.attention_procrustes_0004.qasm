// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.074633840966899) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ba3b0380a8d01b6d07ad147b5edbe9b7068d69f860524001dfedc6419b8cec89

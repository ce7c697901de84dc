// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5829264629425586) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c312eb1cda146886d412018e11f8fae301ec9c7d7e17ff22143bd25387805c45

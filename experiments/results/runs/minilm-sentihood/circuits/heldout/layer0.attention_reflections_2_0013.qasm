// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6897644975527415) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e4d051f017f227ecd884d7c72485e2ad74e4e410acb17ef9f4ae70bd192ba94d

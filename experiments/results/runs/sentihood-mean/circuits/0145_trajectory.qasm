// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1201886318863397) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cd7c61d5805a656e15d9854373026045ccce3c428b0ff9b0c415ffa3892d7c57

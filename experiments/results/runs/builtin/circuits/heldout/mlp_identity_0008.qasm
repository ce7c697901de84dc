// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.473533826245866) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ae12820ba57b4fef52345e965afd7f234f925d7ef5dc6c8cc4358cc383194dee

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.742069404265528) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 789003caaf16defad32b24836b3dce4e595a08896c60fd07dc2d28d3cb9440eb

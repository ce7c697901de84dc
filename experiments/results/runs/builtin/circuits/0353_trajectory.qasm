// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.97071043124608) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4c772441de37ceaeb2e98c164cbf2846f62faecdf23ccb2220712017ad5700a2

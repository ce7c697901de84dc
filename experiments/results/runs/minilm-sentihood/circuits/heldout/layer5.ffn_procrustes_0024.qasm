// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9221728949239985) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0fbffbaedc38e05216d6434955d4eb489c14b4a8ab186242ff9aca5d6bc089d5

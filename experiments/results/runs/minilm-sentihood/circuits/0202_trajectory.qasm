// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8125885310821368) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cbf71fdd26b708140c8e67ea275723d6d942e9b48658388e259ccc684960acc9

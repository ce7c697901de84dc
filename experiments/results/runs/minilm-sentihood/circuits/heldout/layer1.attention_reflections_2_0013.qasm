// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2907289467305318) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9e47cad3ee052c30056a9d659dbcce0309dcdf5cb7d899f126e6cb93c46db92b

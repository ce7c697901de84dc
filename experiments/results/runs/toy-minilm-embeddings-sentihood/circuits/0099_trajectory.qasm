// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5021811174596919) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 934763ebb085da862ed571a551d815aad9dfd00862ff4fe6a0defd1b3a84e589

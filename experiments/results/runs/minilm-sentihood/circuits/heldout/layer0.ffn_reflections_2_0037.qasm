// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2267861136532976) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b43ae6bc7a324d6747a98a9de3fe1f71357f62929649840da6ea80efd7400704

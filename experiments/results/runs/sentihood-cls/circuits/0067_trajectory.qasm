// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0660274765977533) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 377c2b473663288de949df228a5eaa0404795685dc9bbe354dc21c758a988998

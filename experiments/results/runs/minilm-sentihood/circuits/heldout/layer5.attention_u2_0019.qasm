// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.09293888272287942) q[0];
ry(1.6304290586861259) q[0];
rz(0.005554861194507765) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cbdca6092a2e006dc499365ec31d8a476a583e5b455c568619c913593a283a0c

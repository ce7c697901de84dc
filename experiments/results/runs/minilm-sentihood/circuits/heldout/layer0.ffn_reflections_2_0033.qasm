// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2689191527349482) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e5db8ee80d4aca39c3ca0df767c6c274030e061128c17f0507f891f49d935699

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.25995493393874103) q[0];
ry(1.102285194287249) q[0];
rz(-0.11952993077033325) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ff0a7b908ed8a577ad8441a9cf78ffcb169b5512044086b31088ed068123f785

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3296964061920966) q[0];
ry(2.771390753665656) q[0];
rz(0.30879927904330406) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 756296874beb2e798b40a7446a64d56d53f1363d24ced4407e3fb07c940263e7

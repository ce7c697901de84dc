// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2127408797084898) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3148540e5335ae67a318443b0f1a06789f4839b70b87713eff6bf9d96cd688c0

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1050076966186633) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 677cd6cf1e81d15d8309dae187cc5ef15af1f0bcfde7b9960e2414dfe661c011

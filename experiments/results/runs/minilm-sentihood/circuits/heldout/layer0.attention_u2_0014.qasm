// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.44362282744239634) q[0];
ry(2.3970943779480223) q[0];
rz(0.3362164611437657) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d5997f02ce0b3adaf7f51dc7871b14e4168bf9f387b27d306788f7ee2ed25fc8

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4382787758538305) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3f38049620fdcd63672119fd8cbf06237f810212e26b15b5db856e1c72bfa195

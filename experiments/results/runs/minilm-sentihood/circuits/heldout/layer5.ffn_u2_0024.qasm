// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24591681866537707) q[0];
ry(1.9128894293142347) q[0];
rz(0.08400123605767451) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 385a4aa3f229482542e22db6a797a86ebfcbaa50095cee0fdcaa2049283f25ed

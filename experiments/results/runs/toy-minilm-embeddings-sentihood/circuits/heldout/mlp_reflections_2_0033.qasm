// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9912492118624359) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a80b3ff14a7a31bb9031e26cda03fea0a3e3cee1e841373a2106fccb0cc44299

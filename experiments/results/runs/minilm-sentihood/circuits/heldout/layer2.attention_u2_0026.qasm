// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.282442109234883) q[0];
ry(1.338542498865794) q[0];
rz(-0.06669672344567434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6798b1559f6b4bca5aba6ef05edb8a2bdda167d85ecc64a3e0742cf5b80a1e9e

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.603048023692452) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0bde315326c05a05b9d2fa41be5cc7d7e60cd180b69fdae4b50d63d8926e3bb8

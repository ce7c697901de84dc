// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5354591423735744) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7b9a92d14ed84d6760b02777df6490a05712e7c20f332952cff1183e523a7165

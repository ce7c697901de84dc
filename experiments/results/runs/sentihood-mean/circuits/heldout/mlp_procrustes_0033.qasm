// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.704831701976283) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c253f8b5ad4077da2962df60502aae463e678462cb67912a4d34596c8517239e

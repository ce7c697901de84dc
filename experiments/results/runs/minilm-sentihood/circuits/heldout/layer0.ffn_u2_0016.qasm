// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.14995787427761442) q[0];
ry(1.3911984185935238) q[0];
rz(-0.026983635115929605) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5986082da0ebe334026f9042ed541e624eba31472678be2099bcb1f33c28e64f

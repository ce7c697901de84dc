// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.11932166991099) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b1923282aad4976c4e7157ee11843fedc011d53021a6516c0d1157e288471cf

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.5978896345890587) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e93ffa663eee1fb6a5eece1bf28baf69abea509c75b17440ffcafa13514cff9b

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.421219482420155) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0a2689f1b18f30ef3f61f25a56d71baad22b36bbfeaf2509312605e088a1beb8

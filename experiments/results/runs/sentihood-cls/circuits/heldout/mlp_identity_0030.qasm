// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7937001997582787) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 99759bf5f7af16d779813dc492588c90862b912c620f92ffce29824f59adde64

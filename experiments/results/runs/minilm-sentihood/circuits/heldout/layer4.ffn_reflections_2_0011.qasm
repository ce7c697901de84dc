// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.625179378396573) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ba85226954678d9dbaab7432cd1d9acf8179b0ab4ede56af22c2dde6fe6c7c30

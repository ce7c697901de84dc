// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3068661547487652) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1d99ce89dae6f461b686486c0a373a6ba8a90e05debc1364be67c549ca45998a

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4631749334794047) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f89cb55635e28e01607c8384c6085cdc0963cff04ec4210a08c519295edec969

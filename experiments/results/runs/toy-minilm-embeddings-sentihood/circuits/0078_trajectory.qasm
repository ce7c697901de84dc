// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2668006334243818) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 649686604ad13f84cfaf42e65fdee4baac479fe0464d0b77de6c662c7d1b1eaa

// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.909641668080384) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9551622b4930fd5f477a98ae731b8ac8a247abfa89c81124d583fc8cfd09e83e

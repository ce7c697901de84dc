// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.4351870417803445) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 efe9fe1624471dbf6c0dd8cdc0512b03eae2b1a44bf12e6cd9b3edcaf142c2f1

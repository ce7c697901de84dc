// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0234840449549933) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d977157db2cbd22d2711d95a07ddcb58797bc0dcdc84523d6ccc12f2484aa8ce
